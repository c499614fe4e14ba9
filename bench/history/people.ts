import type { Random } from '../lib/random';
import { list } from './words';

export interface Person {
  name: string;
  /** The Subversion-era username, also the local part of a git-svn address. */
  username: string;
  email: string;
  /** A second address some of their commits use (work and personal). */
  altEmail: string;
  githubId: number;
  githubLogin: string;
  /** Committers author the git-svn part; everybody else appears in credit fields. */
  committer: boolean;
}

const GIVEN = list(`
Adam, Alice, Amara, Anders, Ángel, Anika, Arjun, Aurélie, Bartłomiej, Beatriz, Benoît,
Bogdan, Brian, Camille, Carlos, Chen, Chiara, Chloé, Dagfinn, Daniel, Dmitri, Éamonn, Elif,
Émilie, Erik, Esther, Fatima, Felipe, Finn, François, Gábor, Greg, Hannah, Håkon, Hiroshi,
Ibrahim, Ingrid, Ivan, Jakub, James, Jan, Jörg, José, Julia, Jürgen, Kai, Karin, Kenji,
Krzysztof, Lars, Laura, Léa, Lena, Liam, Lucía, Łukasz, Maja, Malik, Marek, María, Mark,
Matthias, Mei, Mikuláš, Naoko, Nikolai, Noémie, Oğuz, Ola, Olga, Ondřej, Paul, Pedro, Petr,
Philip, Priya, Rafał, Ravi, René, Rosa, Ruth, Sam, Sandra, Sebastián, Siobhán, Søren, Stefan,
Sven, Tamás, Thomas, Tomáš, Ulrich, Valérie, Victor, Wojciech, Xavier, Yasmin, Yusuf, Zoë,
Ævar
`);

const FAMILY = list(`
Abbott, Ahlström, Andersen, Baptiste, Becker, Bergström, Błaszczyk, Brandt, Castellanos,
Čapek, Costa, Dąbrowski, de la Cruz, Dimitrov, Dubois, Dvořák, Eriksson, Fernández, Fischer,
Fontaine, García, Gonçalves, Gruber, Halvorsen, Hansen, Hoffmann, Horváth, Ivanović, Jansen,
Jensen, Kaplan, Kowalczyk, Krüger, Kumar, Lambert, Larsson, Lefèvre, Lindqvist, López,
MacLeod, O'Brien, Mäkinen, Marchetti, Martín, Meyer, Moreau, Müller, Nakamura, Novák, Nowak,
Nuñez, Okafor, Olsen, Østergaard, Papadopoulos, Pereira, Petersen, Popescu, Quintero,
Rasmussen, Reyes, Richter, Rossi, Ruiz, Sánchez, Schäfer, Schmidt, Silva, Sørensen, Støre,
Svoboda, Szabó, Takahashi, Thomsen, Tremblay, van der Berg, Varga, Vasquez, Virtanen, Wagner,
Walsh, Weiß, Wiśniewski, Yılmaz, Zieliński, Zhou
`);

// Names written in their own scripts, whole (family name first where that is the custom).
const NATIVE = list(`
田中 太郎=tanaka, 山本 花子=yamamoto, 李明=liming, 王芳=wangfang, 김민준=minjun, 박서연=seoyeon,
Дмитрий Соколов=dsokolov, Анна Кузнецова=akuznetsova, Γιώργος Νικολάου=gnikolaou,
محمد العلي=malali, שרה לוי=slevi, Nguyễn Văn Anh=nvanh, Trần Thị Hương=tthuong,
Ólafur Ragnar Grímsson=olafurg, Ђорђе Петровић=dpetrovic, ประเสริฐ ใจดี=prasert
`).map((entry) => entry.split('='));

const DOMAINS = list(`
example.org, example.com, mail.example.net, users.example.org, corp.example.com,
lists.example.net, research.example.edu, dev.example.io
`);

/** Plain ASCII for usernames and addresses, as people pick them. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/**
 * A few hundred contributors. Low indexes are the prolific ones (callers pick with a skewed
 * law), and the first `committers` of them hold commit access in the Subversion era.
 */
export function createPeople(random: Random, count: number, committers: number): Person[] {
  const people: Person[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    let name: string;
    let base: string;
    const [nativeName, nativeUser] = random.chance(0.06) ? random.pick(NATIVE) : [];
    const native = nativeName !== undefined && nativeUser !== undefined;
    if (native) {
      name = nativeName;
      base = nativeUser;
    } else {
      const given = random.pick(GIVEN);
      const family = random.pick(FAMILY);
      // A few names carry a comma, which a field splitter must not cut ("Larry Shatzer, Jr.").
      const suffix = random.chance(0.02) ? random.pick([', Jr.', ' III', ', Sr.']) : '';
      name = `${given} ${family}${suffix}`;
      base = random.chance(0.5)
        ? `${asciiFold(given).slice(0, 1)}${asciiFold(family)}`
        : asciiFold(given);
    }
    let username = base.slice(0, 12) || 'user';
    for (let n = 2; taken.has(username); n++) {
      username = `${base.slice(0, 10)}${n}`;
    }
    taken.add(username);
    const domain = random.pick(DOMAINS);
    const local = native ? username : `${asciiFold(name.split(' ')[0] ?? username)}.${username}`;
    people.push({
      name,
      username,
      email: `${username}@${domain}`,
      altEmail: `${local}@${random.pick(DOMAINS)}`,
      githubId: random.int(1000, 99_999_999),
      githubLogin: random.chance(0.5) ? username : `${username}-${random.pick(['dev', 'gh', 'x'])}`,
      committer: i < committers,
    });
  }
  return people;
}
