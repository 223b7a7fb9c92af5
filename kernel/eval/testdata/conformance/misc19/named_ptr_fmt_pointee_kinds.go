package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
)

// fmt of defined pointer types whose pointee is a slice, a map, an array,
// a struct with an Error, a Format or a GoString method, or one whose
// String method has a pointer receiver (not in the pointee's method set:
// fmt prints its fields). A pointer to a type of another kind (int) is
// printed as an address.
type L []int

func (l L) String() string { return fmt.Sprint("L", len(l)) }

type PL *L

type Set map[string]bool

func (s Set) String() string { return fmt.Sprint("set of ", len(s)) }

type PSet *Set

type Pair [2]int

func (p Pair) String() string { return fmt.Sprint(p[0], "/", p[1]) }

type PPair *Pair

type Oops struct{ code int }

func (o Oops) Error() string { return fmt.Sprint("oops ", o.code) }

type POops *Oops

type Fm struct{ v int }

func (f Fm) Format(s fmt.State, verb rune) { fmt.Fprintf(s, "Fm<%c %d>", verb, f.v) }

type PFm *Fm

type Gs struct{ v int }

func (g Gs) GoString() string { return fmt.Sprint("Gs(", g.v, ")") }

type PGs *Gs

type PRecv struct{ n int }

func (p *PRecv) String() string { return fmt.Sprint("precv", p.n) }

type PP *PRecv

type Num int

func (n Num) String() string { return "num" }

type PNum *Num

type IP *Pair
type IP2 IP

func main() {
	l := L{1, 2}
	s := Set{"a": true}
	pr := Pair{1, 2}
	fmt.Println(PL(&l), PSet(&s), PPair(&pr))
	fmt.Printf("%v|%s|%d|%+v|%#v\n", PL(&l), PSet(&s), PPair(&pr), PPair(&pr), PL(&l))
	o := Oops{7}
	fmt.Println(POops(&o))
	fmt.Printf("%v|%s|%q|%d\n", POops(&o), POops(&o), POops(&o), POops(&o))
	f := Fm{5}
	fmt.Println(PFm(&f))
	fmt.Printf("%v|%x|%#v\n", PFm(&f), PFm(&f), PFm(&f))
	g := Gs{6}
	fmt.Printf("%v|%#v|%+v\n", PGs(&g), PGs(&g), PGs(&g))
	p := PRecv{4}
	fmt.Println(PP(&p))
	fmt.Printf("%v|%s|%+v\n", PP(&p), PP(&p), PP(&p))
	n := Num(1)
	fmt.Println(strings.HasPrefix(fmt.Sprint(PNum(&n)), "0x"), fmt.Sprint(&n))
	fmt.Println(IP2(&pr), IP(&pr))
	fmt.Printf("%T %T %T %T\n", PL(&l), IP2(&pr), PP(&p), PNum(&n))
	var np PL
	fmt.Printf("%s|%v|%d|%T\n", np, np, np, np)
	err := fmt.Errorf("wrapped: %v", POops(&o))
	fmt.Println(err, errors.Unwrap(err) == nil)
	lg := log.New(os.Stdout, "log: ", 0)
	lg.Println(PPair(&pr), PSet(&s))
	lg.Printf("%v %s", PL(&l), POops(&o))
	fmt.Println(fmt.Sprint(PL(&l), " ", PPair(&pr)), fmt.Sprintln(PSet(&s)))

	// Local types.
	type Loc struct{ k int }
	type PLoc *Loc
	fmt.Println(PLoc(&Loc{1}))
	fmt.Printf("%v %T\n", PLoc(&Loc{2}), PLoc(&Loc{2}))
}
