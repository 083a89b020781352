-- The schema of a team workspace on PostgreSQL (docs/team.md), created by `team publish` in one
-- transaction. {owner}, {manager}, {rep}, {viewer} and {db} are replaced by quoted identifiers:
-- the team's four group roles and its database. Members are logins granted one of the groups;
-- the server, not the client, decides what each may do (GRANTs and row-level security).

DO $$ BEGIN
    CREATE ROLE {owner} NOLOGIN;
    CREATE ROLE {manager} NOLOGIN;
    CREATE ROLE {rep} NOLOGIN;
    CREATE ROLE {viewer} NOLOGIN;
END $$;

-- Only members connect.
REVOKE ALL ON DATABASE {db} FROM PUBLIC;
GRANT CONNECT ON DATABASE {db} TO {owner}, {manager}, {rep}, {viewer};

CREATE SCHEMA leadloop;
REVOKE ALL ON SCHEMA leadloop FROM PUBLIC;
GRANT USAGE ON SCHEMA leadloop TO {owner}, {manager}, {rep}, {viewer};

-- What the team workspace is: format version, the group roles' names, team-wide choices.
CREATE TABLE leadloop.info (
    key   text PRIMARY KEY,
    value text NOT NULL
);

-- Who belongs to the team, with which role; crm_owner is the name the CRM gives their deals'
-- owner, which a rep's tags are checked against.
CREATE TABLE leadloop.members (
    login     text PRIMARY KEY,
    role      text NOT NULL CHECK (role IN ('owner', 'manager', 'rep', 'viewer')),
    crm_owner text,
    added_at  timestamptz NOT NULL DEFAULT now(),
    added_by  text NOT NULL DEFAULT session_user
);

-- The workspace as published: a whole SQLite file in chunks, and where in the change log it
-- stands. Joining starts from the newest one.
CREATE TABLE leadloop.snapshots (
    id         bigserial PRIMARY KEY,
    log_seq    bigint NOT NULL,
    bytes      bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT session_user
);
CREATE TABLE leadloop.snapshot_chunks (
    snapshot_id bigint NOT NULL REFERENCES leadloop.snapshots(id),
    n           int NOT NULL,
    data        bytea NOT NULL,
    PRIMARY KEY (snapshot_id, n)
);

-- Every deal the team knows, by the key replicas share, with its CRM owner.
CREATE TABLE leadloop.deals (
    deal_key text PRIMARY KEY,
    owner    text
);

-- One order for the whole log: outcome events and the other changes take their seq from it.
CREATE SEQUENCE leadloop.log_seq;

-- The shared, append-only log of outcome events (tags and undos). uid is the event's id on
-- every replica, so sending one twice stores it once; seq orders the log.
CREATE TABLE leadloop.outcome_events (
    seq          bigint PRIMARY KEY DEFAULT nextval('leadloop.log_seq'),
    uid          text NOT NULL UNIQUE,
    deal_key     text NOT NULL REFERENCES leadloop.deals(deal_key),
    at           bigint NOT NULL,
    recorded_at  bigint NOT NULL,
    by_user      text NOT NULL,
    author       text NOT NULL DEFAULT session_user,
    old_outcome  text NOT NULL CHECK (old_outcome IN ('open', 'won', 'lost')),
    new_outcome  text NOT NULL CHECK (new_outcome IN ('open', 'won', 'lost')),
    amount_cents bigint,
    currency     text,
    reason       text,
    note         text,
    origin       text NOT NULL
);

-- The rest of the log: imports (with their file in change_pieces), import removals, settings,
-- the lost-reason list, the channel grouping, identity decisions and consent set by hand, each
-- as JSON (docs/team.md, "What syncs").
CREATE TABLE leadloop.changes (
    seq     bigint PRIMARY KEY DEFAULT nextval('leadloop.log_seq'),
    uid     text NOT NULL UNIQUE,
    kind    text NOT NULL CONSTRAINT changes_kind_check
                CHECK (kind IN ('import', 'batch_removed', 'setting', 'lost_reasons',
                                'channel_rules', 'identity', 'campaign_cost', 'consent')),
    at      bigint NOT NULL,
    by_user text NOT NULL,
    author  text NOT NULL DEFAULT session_user,
    payload text NOT NULL,
    pieces  int NOT NULL DEFAULT 0
);
CREATE TABLE leadloop.change_pieces (
    uid  text NOT NULL REFERENCES leadloop.changes(uid),
    n    int NOT NULL,
    data bytea NOT NULL,
    PRIMARY KEY (uid, n)
);

-- The role of the login that runs a statement ('' for none).
CREATE FUNCTION leadloop.my_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = leadloop, pg_temp AS $$
    SELECT coalesce((SELECT role FROM leadloop.members WHERE login = session_user), '')
$$;

-- The newest change in the log, of either kind (0 for an empty log).
CREATE FUNCTION leadloop.log_version() RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT greatest((SELECT coalesce(max(seq), 0) FROM leadloop.outcome_events),
                    (SELECT coalesce(max(seq), 0) FROM leadloop.changes))
$$;

-- Whether the login may tag the deal: managers and owners any, reps their own (or any when the
-- team allows it), viewers none.
CREATE FUNCTION leadloop.may_tag(key text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = leadloop, pg_temp AS $$
    SELECT CASE leadloop.my_role()
        WHEN 'owner' THEN true
        WHEN 'manager' THEN true
        WHEN 'rep' THEN
            coalesce((SELECT value = 'true' FROM leadloop.info WHERE key = 'reps_tag_all'), false)
            OR EXISTS (SELECT 1 FROM leadloop.deals d JOIN leadloop.members m
                       ON m.login = session_user
                       WHERE d.deal_key = key AND d.owner = coalesce(m.crm_owner, m.login))
        ELSE false END
$$;

ALTER TABLE leadloop.outcome_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE leadloop.outcome_events FORCE ROW LEVEL SECURITY;
CREATE POLICY read_all ON leadloop.outcome_events FOR SELECT USING (true);
CREATE POLICY tag_allowed ON leadloop.outcome_events FOR INSERT
    WITH CHECK (author = session_user AND leadloop.may_tag(deal_key));

ALTER TABLE leadloop.deals ENABLE ROW LEVEL SECURITY;
ALTER TABLE leadloop.deals FORCE ROW LEVEL SECURITY;
CREATE POLICY read_all ON leadloop.deals FOR SELECT USING (true);
CREATE POLICY managers_add ON leadloop.deals FOR INSERT
    WITH CHECK (leadloop.my_role() IN ('owner', 'manager'));
CREATE POLICY managers_update ON leadloop.deals FOR UPDATE
    USING (leadloop.my_role() IN ('owner', 'manager'))
    WITH CHECK (leadloop.my_role() IN ('owner', 'manager'));

ALTER TABLE leadloop.changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE leadloop.changes FORCE ROW LEVEL SECURITY;
CREATE POLICY read_all ON leadloop.changes FOR SELECT USING (true);
CREATE POLICY managers_change ON leadloop.changes FOR INSERT
    WITH CHECK (author = session_user AND leadloop.my_role() IN ('owner', 'manager'));

ALTER TABLE leadloop.change_pieces ENABLE ROW LEVEL SECURITY;
ALTER TABLE leadloop.change_pieces FORCE ROW LEVEL SECURITY;
CREATE POLICY read_all ON leadloop.change_pieces FOR SELECT USING (true);
CREATE POLICY own_change ON leadloop.change_pieces FOR INSERT
    WITH CHECK (leadloop.my_role() IN ('owner', 'manager'));

-- A change anyone pulls wakes the listening desktops.
CREATE FUNCTION leadloop.notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('leadloop_changes', NEW.seq::text);
    RETURN NULL;
END $$;
CREATE TRIGGER outcome_events_notify AFTER INSERT ON leadloop.outcome_events
    FOR EACH ROW EXECUTE FUNCTION leadloop.notify_change();
CREATE TRIGGER changes_notify AFTER INSERT ON leadloop.changes
    FOR EACH ROW EXECUTE FUNCTION leadloop.notify_change();

-- Nothing in the log is ever changed or removed, by anyone.
CREATE FUNCTION leadloop.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the team change log is append-only' USING ERRCODE = '42501';
END $$;
CREATE TRIGGER outcome_events_append_only BEFORE UPDATE OR DELETE ON leadloop.outcome_events
    FOR EACH ROW EXECUTE FUNCTION leadloop.refuse_change();
CREATE TRIGGER changes_append_only BEFORE UPDATE OR DELETE ON leadloop.changes
    FOR EACH ROW EXECUTE FUNCTION leadloop.refuse_change();
CREATE TRIGGER change_pieces_append_only BEFORE UPDATE OR DELETE ON leadloop.change_pieces
    FOR EACH ROW EXECUTE FUNCTION leadloop.refuse_change();

GRANT SELECT ON ALL TABLES IN SCHEMA leadloop TO {owner}, {manager}, {rep}, {viewer};
GRANT INSERT ON leadloop.outcome_events TO {owner}, {manager}, {rep};
GRANT USAGE ON SEQUENCE leadloop.log_seq TO {owner}, {manager}, {rep};
GRANT INSERT, UPDATE ON leadloop.deals TO {owner}, {manager};
GRANT INSERT ON leadloop.changes, leadloop.change_pieces TO {owner}, {manager};
GRANT INSERT ON leadloop.snapshots, leadloop.snapshot_chunks TO {owner}, {manager};
GRANT USAGE ON SEQUENCE leadloop.snapshots_id_seq TO {owner}, {manager};
REVOKE ALL ON FUNCTION leadloop.my_role(), leadloop.may_tag(text), leadloop.log_version() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leadloop.my_role(), leadloop.may_tag(text), leadloop.log_version()
    TO {owner}, {manager}, {rep}, {viewer};

-- Members are managed by owners only, through these (they run with the publisher's rights,
-- which can grant the group roles).
-- Refuses anyone but an owner.
CREATE FUNCTION leadloop.require_owner() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = leadloop, pg_temp AS $$
BEGIN
    IF leadloop.my_role() <> 'owner' THEN
        RAISE EXCEPTION 'only a team owner manages members' USING ERRCODE = '42501';
    END IF;
END $$;

-- Takes a login out of every group role of the team.
CREATE FUNCTION leadloop.leave_groups(who text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = leadloop, pg_temp AS $$
DECLARE
    grp text;
BEGIN
    FOR grp IN SELECT value FROM leadloop.info WHERE key LIKE 'role\_%' LOOP
        IF pg_has_role(who, grp, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', grp, who);
        END IF;
    END LOOP;
END $$;
REVOKE ALL ON FUNCTION leadloop.require_owner(), leadloop.leave_groups(text) FROM PUBLIC;

CREATE FUNCTION leadloop.set_member(who text, new_role text, owner_name text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = leadloop, pg_temp AS $$
BEGIN
    PERFORM leadloop.require_owner();
    IF new_role NOT IN ('owner', 'manager', 'rep', 'viewer') THEN
        RAISE EXCEPTION 'unknown role %', new_role USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM leadloop.members WHERE login = who AND role = 'owner')
       AND new_role <> 'owner'
       AND (SELECT count(*) FROM leadloop.members WHERE role = 'owner') = 1 THEN
        RAISE EXCEPTION 'the team needs an owner: % is the last one', who USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', who);
    END IF;
    PERFORM leadloop.leave_groups(who);
    EXECUTE format('GRANT %I TO %I',
                   (SELECT value FROM leadloop.info WHERE key = 'role_' || new_role), who);
    INSERT INTO leadloop.members (login, role, crm_owner) VALUES (who, new_role, owner_name)
        ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role,
            crm_owner = coalesce(EXCLUDED.crm_owner, leadloop.members.crm_owner);
END $$;

CREATE FUNCTION leadloop.remove_member(who text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = leadloop, pg_temp AS $$
BEGIN
    PERFORM leadloop.require_owner();
    IF NOT EXISTS (SELECT 1 FROM leadloop.members WHERE login = who) THEN
        RAISE EXCEPTION '% is not a member of the team', who USING ERRCODE = '22023';
    END IF;
    IF (SELECT role FROM leadloop.members WHERE login = who) = 'owner'
       AND (SELECT count(*) FROM leadloop.members WHERE role = 'owner') = 1 THEN
        RAISE EXCEPTION 'the team needs an owner: % is the last one', who USING ERRCODE = '42501';
    END IF;
    PERFORM leadloop.leave_groups(who);
    DELETE FROM leadloop.members WHERE login = who;
END $$;

REVOKE ALL ON FUNCTION leadloop.set_member(text, text, text), leadloop.remove_member(text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION leadloop.set_member(text, text, text), leadloop.remove_member(text)
    TO {owner};
