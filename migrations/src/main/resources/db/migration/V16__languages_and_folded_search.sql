-- Screens for everyone: each user's language, and search that ignores accents.

-- The language a user chose on their profile page (en, vi); NULL follows the browser.
ALTER TABLE shopfloor.users
    ADD COLUMN locale text CHECK (locale IS NULL OR locale IN ('en', 'vi'));
GRANT SELECT (locale) ON shopfloor.users TO ${appRole};

-- ---------------------------------------------------------------------------------------------
-- Text as search compares it: lower case without accents, so "nguyen" finds "Nguyễn" and
-- "muller" finds "Müller". A plain translate() of the Latin letters with diacritics (Vietnamese,
-- Western and Central European, Turkish) rather than the unaccent extension: no extension to
-- install on a server the operator runs, and IMMUTABLE, so an index may use it.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION shopfloor.fold(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN translate(lower(p_text),
        'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđłøħı',
        'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwyaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyydlohi');
GRANT EXECUTE ON FUNCTION shopfloor.fold(text) TO ${appRole};
