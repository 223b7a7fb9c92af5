package eval

import "testing"

// Regression tests of the jsongen work (generic types and encoding/json of
// notebook types): each runs, as cells, a program whose output `go run`
// gave.

// Methods of the same name of two generic types (Bag[T].Put and
// Uniq[T].Put), instantiated with the same type argument, are different
// methods: the instance cache of genAST keyed a method by its name and
// type arguments only ("Put[int]"), so the type instantiated second got the
// first one's method, silently (Uniq kept duplicates) or with "undefined
// selector: seen". third_party/yaegi/interp/generic.go recvTypeName.
func TestJsongenGenericMethodsOfTheSameName(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Put(x T) { b.xs = append(b.xs, x) }

type Uniq[T comparable] struct {
	seen map[T]bool
	xs   []T
}

func (u *Uniq[T]) Put(x T) {
	if u.seen == nil {
		u.seen = map[T]bool{}
	}
	if !u.seen[x] {
		u.seen[x] = true
		u.xs = append(u.xs, x)
	}
}

func Put[T any](b *Bag[T], x T) { b.xs = append(b.xs, x, x) }`)
	c := ts.ok(`b, u := &Bag[int]{}, &Uniq[int]{}
for _, x := range []int{1, 1, 2} {
	b.Put(x)
	u.Put(x)
}
Put(b, 3)
fmt.Println(b.xs, u.xs)
u2, b2 := &Uniq[string]{}, &Bag[string]{}
for _, x := range []string{"a", "a"} {
	u2.Put(x)
	b2.Put(x)
}
fmt.Println(u2.xs, b2.xs)`)
	if got, want := c.stdout.String(), "[1 1 2 3 3] [1 2]\n[a] [a a]\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
