#include "importpresets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace leadloop {

namespace {

/// The whole file: {"version": 1, "presets": {kind: {name: {field: column}}}}.
Result<QJsonObject> read(const QString& file)
{
    QFile in(file);
    if (!in.exists())
        return QJsonObject{};
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, ImportPresets::tr("Cannot read the import presets in %1: %2")
                                        .arg(QDir::toNativeSeparators(file), in.errorString())};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{ErrorCode::BadInput,
                     ImportPresets::tr("The import presets in %1 are not valid JSON: %2 (at "
                                       "character %3).")
                         .arg(QDir::toNativeSeparators(file), error.errorString())
                         .arg(error.offset)};
    return document.object()[u"presets"_s].toObject();
}

Status write(const QString& file, const QJsonObject& presets)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    const QByteArray bytes =
        QJsonDocument(QJsonObject{{u"version"_s, 1}, {u"presets"_s, presets}}).toJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return Error{ErrorCode::Io, ImportPresets::tr("Cannot save the import presets to %1: %2")
                                        .arg(QDir::toNativeSeparators(file), out.errorString())};
    return {};
}

} // namespace

ImportPresets::ImportPresets(QString file)
    : m_file(std::move(file))
{}

QString ImportPresets::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/LeadLoop/import-presets.json"_s;
}

Result<QStringList> ImportPresets::names(const QString& kind) const
{
    auto presets = read(m_file);
    if (!presets)
        return presets.error();
    QStringList out = (*presets)[kind].toObject().keys();
    out.sort(Qt::CaseInsensitive);
    return out;
}

Result<ImportPresets::Mapping> ImportPresets::load(const QString& kind, const QString& name) const
{
    auto presets = read(m_file);
    if (!presets)
        return presets.error();
    const QJsonObject ofKind = (*presets)[kind].toObject();
    if (!ofKind.contains(name))
        return Error{ErrorCode::NotFound,
                     tr("No %1 import preset is called '%2'.").arg(kind, name)};
    Mapping mapping;
    const QJsonObject fields = ofKind[name].toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

Status ImportPresets::save(const QString& kind, const QString& name, const Mapping& mapping)
{
    if (name.trimmed().isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("An import preset needs a name.")};
    auto presets = read(m_file);
    if (!presets)
        return presets.error();
    QJsonObject fields;
    for (auto it = mapping.begin(); it != mapping.end(); ++it)
        if (!it.value().isEmpty())
            fields.insert(it.key(), it.value());
    QJsonObject ofKind = (*presets)[kind].toObject();
    ofKind.insert(name.trimmed(), fields);
    presets->insert(kind, ofKind);
    return write(m_file, *presets);
}

Status ImportPresets::remove(const QString& kind, const QString& name)
{
    auto presets = read(m_file);
    if (!presets)
        return presets.error();
    QJsonObject ofKind = (*presets)[kind].toObject();
    if (!ofKind.contains(name))
        return {};
    ofKind.remove(name);
    presets->insert(kind, ofKind);
    return write(m_file, *presets);
}

} // namespace leadloop
