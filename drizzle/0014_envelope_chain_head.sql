-- The head of an envelope's evidence chain, read under the transaction-level advisory lock that
-- serialises its writers: one round trip instead of two (lib/evidence/record-envelope-event.ts).
CREATE FUNCTION envelope_chain_head(p_envelope_id uuid) RETURNS TABLE (seq integer, hash text) LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_envelope_id::text, 0));
  RETURN QUERY SELECT e.seq, e.hash FROM envelope_events e WHERE e.envelope_id = p_envelope_id ORDER BY e.seq DESC LIMIT 1;
END $$;
