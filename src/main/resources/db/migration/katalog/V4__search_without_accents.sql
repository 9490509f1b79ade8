-- Counsellors write "kafe" for "kafé", "ide" for "idé" and "Grunerløkka" for "Grünerløkka" (both spellings of the
-- first two are correct bokmål). The search vector gets, beside every word that carries an accent, the same word
-- without it, so either spelling finds the row. The Norwegian letters æ, ø and å are letters of their own and are
-- kept; ä and ö become æ and ø, as a Norwegian would write them.

-- The words of a text that carry an accent, without their accents, separated by spaces (null when there are none).
-- Word boundaries are spaces and ASCII punctuation, so the function does not depend on the database's locale.
create function katalog.aksentfrie_ord(tekst text) returns text
  language sql immutable strict parallel safe
as $$
  select string_agg(translate(m[1], 'áàâéèêëíìîïóòôúùûüäöÁÀÂÉÈÊËÍÌÎÏÓÒÔÚÙÛÜÄÖ',
                                    'aaaeeeeiiiiooouuuuæøAAAEEEEIIIIOOOUUUUÆØ'), ' ')
  from regexp_matches(tekst, '[^\s!-/:-@\[-`{-~]*[áàâéèêëíìîïóòôúùûüäöÁÀÂÉÈÊËÍÌÎÏÓÒÔÚÙÛÜÄÖ][^\s!-/:-@\[-`{-~]*', 'g') m
$$;

-- The generated column cannot be altered in place: drop it (with its index) and add it again with the extra words.
-- PostgreSQL computes it for the rows already there.
alter table katalog.oppforing drop column sok;
alter table katalog.oppforing add column sok tsvector generated always as (
    setweight(to_tsvector('norwegian'::regconfig,
                          navn || ' ' || coalesce(katalog.aksentfrie_ord(navn), '')), 'A')
    || setweight(to_tsvector('norwegian'::regconfig,
                             tiltakstype_navn || ' ' || arrangor_navn || ' '
                             || coalesce(katalog.aksentfrie_ord(tiltakstype_navn || ' ' || arrangor_navn), '')), 'B')
    || setweight(to_tsvector('norwegian'::regconfig,
                             coalesce(beskrivelse, '') || ' ' || coalesce(tiltakstype_beskrivelse, '') || ' '
                             || coalesce(katalog.aksentfrie_ord(coalesce(beskrivelse, '') || ' '
                                                                || coalesce(tiltakstype_beskrivelse, '')), '')), 'C')
) stored;
create index oppforing_sok_idx on katalog.oppforing using gin (sok);
