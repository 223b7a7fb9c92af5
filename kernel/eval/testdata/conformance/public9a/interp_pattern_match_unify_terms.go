package main

import (
	"fmt"
	"sort"
	"strings"
)

// First-order unification over terms, with an occurs check.

type Term interface{ String() string }

type Var string
type Atom string
type Comp struct {
	Functor string
	Args    []Term
}

func (v Var) String() string  { return "?" + string(v) }
func (a Atom) String() string { return string(a) }
func (c Comp) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Functor + "(" + strings.Join(parts, ", ") + ")"
}

type Subst map[Var]Term

func (s Subst) walk(t Term) Term {
	for {
		v, ok := t.(Var)
		if !ok {
			return t
		}
		b, ok := s[v]
		if !ok {
			return t
		}
		t = b
	}
}

func (s Subst) resolve(t Term) Term {
	t = s.walk(t)
	if c, ok := t.(Comp); ok {
		args := make([]Term, len(c.Args))
		for i, a := range c.Args {
			args[i] = s.resolve(a)
		}
		return Comp{c.Functor, args}
	}
	return t
}

func (s Subst) occurs(v Var, t Term) bool {
	t = s.walk(t)
	switch x := t.(type) {
	case Var:
		return x == v
	case Comp:
		for _, a := range x.Args {
			if s.occurs(v, a) {
				return true
			}
		}
	}
	return false
}

func unify(a, b Term, s Subst) (Subst, error) {
	a, b = s.walk(a), s.walk(b)
	if av, ok := a.(Var); ok {
		if bv, ok := b.(Var); ok && av == bv {
			return s, nil
		}
		if s.occurs(av, b) {
			return nil, fmt.Errorf("occurs check: %v in %v", av, s.resolve(b))
		}
		s[av] = b
		return s, nil
	}
	if _, ok := b.(Var); ok {
		return unify(b, a, s)
	}
	switch x := a.(type) {
	case Atom:
		if y, ok := b.(Atom); ok && x == y {
			return s, nil
		}
	case Comp:
		y, ok := b.(Comp)
		if !ok || x.Functor != y.Functor || len(x.Args) != len(y.Args) {
			break
		}
		for i := range x.Args {
			var err error
			if s, err = unify(x.Args[i], y.Args[i], s); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	return nil, fmt.Errorf("cannot unify %v with %v", a, b)
}

func show(s Subst) string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s=%v", k, s.resolve(Var(k)))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func f(name string, args ...Term) Comp { return Comp{name, args} }

func main() {
	cases := [][2]Term{
		{f("p", Var("X"), Atom("b")), f("p", Atom("a"), Var("Y"))},
		{f("f", Var("X"), f("g", Var("X"))), f("f", Atom("z"), Var("Y"))},
		{f("f", Var("X")), f("g", Var("X"))},
		{Var("X"), f("s", Var("X"))},
		{f("pair", Var("A"), Var("B")), f("pair", Var("B"), Atom("1"))},
		{f("list", Atom("a"), Var("T")), f("list", Var("H"), f("list", Atom("b"), Atom("nil")))},
		{Atom("a"), Atom("b")},
		{f("p", Atom("x")), f("p", Atom("x"), Atom("y"))},
	}
	for _, c := range cases {
		s, err := unify(c[0], c[1], Subst{})
		if err != nil {
			fmt.Printf("%v = %v: %v\n", c[0], c[1], err)
			continue
		}
		fmt.Printf("%v = %v: %s\n", c[0], c[1], show(s))
	}
	var t1, t2 Term = f("k", Atom("a")), f("k", Atom("a"))
	fmt.Println(t1.String() == t2.String(), Atom("a") == Atom("a"), Var("X") == Term(Var("X")))
}
