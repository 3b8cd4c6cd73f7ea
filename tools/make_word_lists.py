"""Build the two word lists that thingsjournal's privacy check ships as data.

Why: the privacy check needs to know which words are likely given names and
which are ordinary English words. Rather than hand-curate those lists, this
script derives them from two permissively licensed sources, so they can be
rebuilt exactly and audited:

* ``given-names.txt`` -- given names from the person providers of every locale
  Faker ships (MIT licence), kept only where written in the Latin script,
  plus forms without diacritics and a small hand-written supplement
  (``SUPPLEMENT``) of names common in Scotland that Faker lacks.
* ``english-words.txt`` -- the lower-case entries of Debian's ``wbritish``
  word list (SCOWL), i.e. ordinary British English words, not proper nouns.

How to run (no network needed; the output depends only on the installed
Faker and wbritish versions, and is byte-for-byte reproducible)::

    pip install faker==40.63.0
    apt-get install wbritish
    python tools/make_word_lists.py OUT_DIR

Licences and notices for both sources are in src/thingsjournal/privacy/data/NOTICE.md.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import unicodedata
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import faker
from faker import Generator
from faker.config import AVAILABLE_LOCALES

if TYPE_CHECKING:
    from collections.abc import Iterable

DICTIONARY = Path("/usr/share/dict/british-english")
DICTIONARY_PACKAGE = "wbritish"

# Person-provider attributes that hold given names. Each may be a list, a
# tuple or a mapping of name -> weight; iterating any of them yields names.
NAME_ATTRIBUTES = (
    "first_names",
    "first_names_male",
    "first_names_female",
    "first_names_nonbinary",
)

# Typographic apostrophes found in Faker's data (e.g. "Sa’adatu", "Ulug‘bek"),
# written as the plain ASCII apostrophe.
APOSTROPHES = str.maketrans(
    {
        "\N{RIGHT SINGLE QUOTATION MARK}": "'",
        "\N{LEFT SINGLE QUOTATION MARK}": "'",
        "\N{MODIFIER LETTER APOSTROPHE}": "'",
        "\N{MODIFIER LETTER TURNED COMMA}": "'",
    }
)

# Latin letters that Unicode decomposition does not reduce to a-z, and the
# plain spelling commonly used for them in English-language text.
FOLDS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ə": "a",  # Azerbaijani schwa: "Əli" is usually written "Ali".
    }
)

# Names that Faker's Latin-script lists lack (checked against Faker 40.63.0)
# but which are commonly given in Scotland, so journal entries are likely to
# mention them. Only real, commonly given names, and only those missing from
# Faker; forms without diacritics (e.g. "seonaid", "ciaran") are derived
# automatically. Each group is a whitespace-separated string.
SUPPLEMENT: dict[str, str] = {
    # Scottish Gaelic and Scots names: Faker has no Scottish locale.
    "scottish": (
        "eilidh seònaid ruaraidh ruairidh ruaridh mòrag màiri catrìona "
        "caitrìona ealasaid peigi somhairle eachann coinneach dòmhnall alasdair "
        "alisdair lachlann tormod seumas sìne oighrig beathag ciorstaidh "
        "curstaidh kirsteen ailsa fionnlagh finlay murdo morven ishbel iseabail "
        "elspeth fenella sìleas ailean cailean anndra teàrlach seòras pàdraig "
        "dàibhidh eòghann eòghan ùisdean raghnall ranald fearghas floraidh "
        "torquil struan innes aonghas donnchadh dougal greer grier ailie seonag "
        "raonaid fionnghal lennox keir"
    ),
    # Irish names: Faker's en_IE and ga_IE lists mostly drop the fada
    # ("ciaran" but not "ciarán") and miss some names popular today.
    "irish": (
        "siobhán órla ciarán oisín seán sinéad róisín gráinne éabha méabh fionn "
        "rónán ruairí bríd máire sadhbh síofra odhrán áine éamonn fiadh aoibhe "
        "éanna clíodhna caoimhín pádraic rían"
    ),
    # South Asian names (Pakistani, Indian, Sikh and Bangladeshi families are
    # Scotland's largest minority communities): Faker's Latin-script Indian
    # and Pakistani lists miss many names common among children now.
    "south_asian": (
        "rehan zayn hussain yousuf aanya simran harpreet gurpreet jaspreet "
        "manpreet navdeep gurleen jasleen harleen armaan arhaan eesa sana "
        "shazia rabia zoya mehak faisal waqas zeeshan shahid sajid wasim rizwan "
        "sameer amaan rayyan eshal hoorain minahil aiza ananya kiran vikram "
        "sanjay deepak harjit harjeet sukhdeep sukhmani jasmeet gurdeep "
        "parminder rajinder sunita aditi shaan shayan shiv inaaya haniya "
        "sumaiya mahnoor laiba areeba alishba jannat"
    ),
    # African names (Nigerian, Ghanaian, Somali, Eritrean, Ethiopian, South
    # African and Zimbabwean families): Faker's African lists are short.
    "african": (
        "efua chidi chioma adaora oluwaseun seun tobiloba tolu ayo ayomide "
        "damilola femi funmi folake temitope tope kemi bukola dayo adebayo "
        "olumide oluwatobi oluwatosin tosin ugochi nkechi ezinne tomiwa "
        "toluwani ireoluwa fiyinfoluwa ayomikun oreoluwa pelumi zawadi hodan "
        "hibo hamdi ifrah sagal guled dawit yonas yohannes selam meron tsion "
        "senait semhar luwam filmon thabo sipho lerato palesa themba zanele "
        "nomsa ayanda lwazi lindiwe thandi naledi kagiso tendai tatenda tinashe "
        "rutendo farai chipo tafadzwa nyasha kudzai ruvimbo tanaka munashe "
        "anesu takudzwa"
    ),
    # Arabic names (Syrian, Sudanese, Iraqi and other families): Faker's
    # Arabic locales are in Arabic script, so only names that other locales
    # happen to list survive the Latin-script filter.
    "arabic": (
        "hala lujain zakariya nasser waleed reem sidra rawan ayah haya batoul "
        "ghazal mais sham shahd retaj ritaj abdulrahman obada taim yamen "
        "mohannad muhannad"
    ),
    # Eastern European names (Polish, Lithuanian, Ukrainian, Russian and
    # Bulgarian families): Faker's Polish list is short and its Ukrainian,
    # Russian and Bulgarian lists are in Cyrillic.
    "eastern_european": (
        "wiktoria zuzanna oliwia weronika małgorzata bartosz bartłomiej pola "
        "iga jagoda gabija austėja kamilė dmitry dmytro oleksandr oleksii "
        "oleksiy andriy mykola yuriy vitaliy volodymyr artem artyom maksym "
        "taras serhiy kirill oksana tetiana nataliya kateryna anastasiia sofiia "
        "viktoriia darya valentyna lyudmila halyna georgi dimitar ivaylo stoyan "
        "hristo desislava mariya gergana tsvetelina"
    ),
}


def is_latin_name(word: str) -> bool:
    """True if ``word`` is Latin letters with optional internal ``-`` or ``'``."""
    if len(word) < 2 or word[0] in "-'" or word[-1] in "-'":
        return False
    return all(
        ch in "-'" or (unicodedata.category(ch).startswith("L") and unicodedata.name(ch, "").startswith("LATIN "))
        for ch in word
    )


def without_diacritics(word: str) -> str:
    """``word`` spelt with a-z only: decompose, drop combining marks, fold."""
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(FOLDS)
    if not plain.isascii():
        raise ValueError(f"no a-z spelling for {word!r}; extend FOLDS")
    return plain


def name_forms(raw: str) -> set[str]:
    """The lower-case Latin-script names in ``raw``, with and without diacritics."""
    text = unicodedata.normalize("NFC", raw).translate(APOSTROPHES).lower()
    forms: set[str] = set()
    for part in text.split():
        if is_latin_name(part):
            forms.add(part)
            forms.add(without_diacritics(part))
    return forms


def faker_names() -> dict[str, set[str]]:
    """Latin-script given names per locale that has its own person provider.

    Locales without a person provider (Faker falls back to en_US for them)
    are skipped, as are locales that contribute no Latin-script names.
    """
    by_locale: dict[str, set[str]] = {}
    for locale in AVAILABLE_LOCALES:
        try:
            module = importlib.import_module(f"faker.providers.person.{locale}")
        except ModuleNotFoundError:
            continue
        with warnings.catch_warnings():  # e.g. "fr_QC locale is deprecated"
            warnings.simplefilter("ignore")
            provider = module.Provider(Generator())
        names: set[str] = set()
        for attribute in NAME_ATTRIBUTES:
            for raw in getattr(provider, attribute, None) or ():
                names |= name_forms(raw)
        if names:
            by_locale[locale] = names
    return by_locale


def supplement_names() -> set[str]:
    """The hand-written supplement, normalised like Faker's names."""
    return {form for group in SUPPLEMENT.values() for raw in group.split() for form in name_forms(raw)}


def english_words() -> set[str]:
    """Lower-case SCOWL entries: ordinary words, not proper nouns.

    SCOWL capitalises proper nouns, so they drop out. Entries ending in "'s"
    are dropped too: possessives, plus a few contractions such as "it's",
    whose stems are listed anyway.
    """
    return {
        entry
        for entry in DICTIONARY.read_text(encoding="utf-8").split()
        if entry == entry.lower() and not entry.endswith("'s") and is_word(entry)
    }


def is_word(entry: str) -> bool:
    """True if ``entry`` is letters with optional internal ``-`` or ``'``."""
    return entry[0].isalpha() and entry[-1].isalpha() and entry.replace("-", "").replace("'", "").isalpha()


def package_version(package: str) -> str:
    """The installed version of a Debian package."""
    result = subprocess.run(
        ["dpkg-query", "--show", "--showformat=${Version}", package],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def write_list(path: Path, header: Iterable[str], words: Iterable[str]) -> None:
    """Write ``# ``-prefixed header lines, then the sorted words, as UTF-8."""
    lines = [f"# {line}" for line in header] + sorted(set(words))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    """Write both lists into the directory named on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="directory to write the lists into")
    out_dir: Path = parser.parse_args(argv).out_dir
    out_dir.mkdir(parents=True, exist_ok=True)

    by_locale = faker_names()
    from_faker = set().union(*by_locale.values())
    from_supplement = supplement_names() - from_faker
    write_list(
        out_dir / "given-names.txt",
        [
            "Given names across cultures, lower case, one per line (thingsjournal privacy check).",
            f"From: Faker {faker.VERSION} person providers (first_names*) of all locales, Latin script",
            "only, with forms without diacritics, plus a hand-written supplement of Scottish",
            "Gaelic, Scots, Irish, South Asian, African, Arabic and Eastern European names.",
            "Licence: Faker data is MIT licensed, Copyright (c) 2012 Daniele Faraglia;",
            "see src/thingsjournal/privacy/data/NOTICE.md.",
            "Regenerate: python tools/make_word_lists.py OUT_DIR",
        ],
        from_faker | from_supplement,
    )

    words = english_words()
    version = package_version(DICTIONARY_PACKAGE)
    write_list(
        out_dir / "english-words.txt",
        [
            "Ordinary English words, one per line (thingsjournal privacy check): the entries",
            f"of {DICTIONARY} written wholly in lower case (no proper nouns), without",
            "entries ending in 's (possessives), letters and internal - or ' only.",
            f"From: SCOWL via Debian package {DICTIONARY_PACKAGE} {version}.",
            "Licence: SCOWL copyright Kevin Atkinson and others, permissive;",
            "see src/thingsjournal/privacy/data/NOTICE.md and /usr/share/doc/wbritish/copyright.",
            "Regenerate: python tools/make_word_lists.py OUT_DIR",
        ],
        words,
    )

    print(
        f"given-names.txt: {len(from_faker | from_supplement)} names, {len(from_faker)} from Faker, "
        f"{len(from_supplement)} from the supplement"
    )
    print(f"  Faker locales contributing: {' '.join(sorted(by_locale))}")
    print(f"english-words.txt: {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
