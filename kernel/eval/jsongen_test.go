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

// An encoder calls the pointer-receiver MarshalJSON or MarshalText of an
// addressable value as Go's does: a field of a struct reached through a
// pointer (json.Marshal(&h)), an element of a slice, an element of an array
// reached through a pointer; not a map element, a value held by an
// interface or the argument itself. The encoder's view kept to the value's
// method set. third_party/yaegi/interp/fmtconv.go addrConv.
func TestJsongenMarshalAddressablePointerMethods(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("encoding/json"; "fmt"; "strings")`)
	ts.ok(`type Upper string

func (u *Upper) MarshalJSON() ([]byte, error) { return json.Marshal(strings.ToUpper(string(*u))) }

type Tag string

func (t *Tag) MarshalText() ([]byte, error) { return []byte("#" + string(*t)), nil }

type Both int

func (b Both) MarshalText() ([]byte, error)  { return []byte(fmt.Sprint("text", int(b))), nil }
func (b *Both) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprint("\"json", int(*b), "\"")), nil }

type Holder struct {
	V    Upper
	T    Tag
	B    Both
	L    []Upper
	A    [2]Upper
	M    map[string]Upper
	P    *Upper
	Any  any
	Inner
}

type Inner struct {
	W Upper
}`)
	c := ts.ok(`	u := Upper("p")
	h := Holder{V: "quiet", T: "go", B: 7, L: []Upper{"x"}, A: [2]Upper{"a", "b"}, M: map[string]Upper{"k": "m"}, P: &u, Any: Upper("i"), Inner: Inner{"w"}}
	b, err := json.Marshal(h)
	fmt.Println(string(b), err)
	b, err = json.Marshal(&h)
	fmt.Println(string(b), err)
	b, err = json.Marshal([]Upper{"s", "t"})
	fmt.Println(string(b), err)
	b, err = json.Marshal([2]Upper{"s", "t"})
	fmt.Println(string(b), err)
	arr := [2]Upper{"s", "t"}
	b, err = json.Marshal(&arr)
	fmt.Println(string(b), err)
	b, err = json.Marshal([]Holder{h})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]Holder{"h": h})
	fmt.Println(string(b), err)
	b, err = json.Marshal(map[string]*Holder{"h": &h})
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(&struct{ X Both }{3}, "", " ")
	fmt.Println(string(b), err)
	var x any = &h
	b, err = json.Marshal(x)
	fmt.Println(string(b), err)
	x = h
	b, err = json.Marshal(x)
	fmt.Println(string(b), err)
	b, err = json.Marshal(Both(2))
	fmt.Println(string(b), err)
	bb := Both(2)
	b, err = json.Marshal(&bb)
	fmt.Println(string(b), err)`)
	want := `{"V":"quiet","T":"go","B":"text7","L":["X"],"A":["a","b"],"M":{"k":"m"},"P":"P","Any":"i","W":"w"} <nil>
{"V":"QUIET","T":"#go","B":"json7","L":["X"],"A":["A","B"],"M":{"k":"m"},"P":"P","Any":"i","W":"W"} <nil>
["S","T"] <nil>
["s","t"] <nil>
["S","T"] <nil>
[{"V":"QUIET","T":"#go","B":"json7","L":["X"],"A":["A","B"],"M":{"k":"m"},"P":"P","Any":"i","W":"W"}] <nil>
{"h":{"V":"quiet","T":"go","B":"text7","L":["X"],"A":["a","b"],"M":{"k":"m"},"P":"P","Any":"i","W":"w"}} <nil>
{"h":{"V":"QUIET","T":"#go","B":"json7","L":["X"],"A":["A","B"],"M":{"k":"m"},"P":"P","Any":"i","W":"W"}} <nil>
{
 "X": "json3"
} <nil>
{"V":"QUIET","T":"#go","B":"json7","L":["X"],"A":["A","B"],"M":{"k":"m"},"P":"P","Any":"i","W":"W"} <nil>
{"V":"quiet","T":"go","B":"text7","L":["X"],"A":["a","b"],"M":{"k":"m"},"P":"P","Any":"i","W":"w"} <nil>
"text2" <nil>
"json2" <nil>
`
	if got := c.stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// An interface case of a type switch matches a value of a notebook type
// whose methods have the interface's signatures, not only its names: a
// Box[uint] (Get() uint) went to `case Getter[float64]`, and a Count with
// Get() uint to a case of an interface with Get() float64.
// third_party/yaegi/interp/typeswitch.go hasMethodSigs.
func TestJsongenTypeSwitchMethodSignatures(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Getter[T any] interface{ Get() T }

type Count struct{}

func (Count) Get() uint { return 3 }

type Floater interface{ Get() float64 }

func kind(x any) string {
	switch v := x.(type) {
	case Getter[float64]:
		return fmt.Sprint("float ", v.Get())
	case Floater:
		return "floater"
	case Getter[uint]:
		return fmt.Sprint("uint ", v.Get())
	}
	return "other"
}`)
	c := ts.ok(`fmt.Println(kind(Box[uint]{2}), kind(Box[float64]{1.5}), kind(Count{}), kind(Box[int]{1}))`)
	if got, want := c.stdout.String(), "uint 2 float 1.5 uint 3 other\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A decoder given a struct whose field of type any holds a non-nil pointer
// decodes into the value pointed to (it replaced it with a map); null sets
// the field to nil. The errors naming a notebook struct type name it as Go
// does (main.Person, not its struct literal).
// third_party/yaegi/interp/jsonfix.go.
func TestJsongenDecodeIntoPointerInAnyAndErrorNames(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("encoding/json"; "fmt"; "strings")`)
	ts.ok(`type Inner struct{ A, B int }

type Config struct {
	Name  string
	Extra any
	Sub   struct{ X any }
}

type Person struct {
	Name string
	Age  int
}`)
	c := ts.ok("c := Config{Extra: &Inner{}}\n" +
		"c.Sub.X = &Inner{B: 1}\n" +
		"fmt.Println(json.Unmarshal([]byte(`{\"Name\":\"n\",\"Extra\":{\"A\":1,\"B\":2},\"Sub\":{\"X\":{\"A\":3}}}`), &c))\n" +
		"fmt.Printf(\"%T %+v %+v\\n\", c.Extra, c.Extra, c.Sub.X)\n" +
		"d := json.NewDecoder(strings.NewReader(`{\"Extra\":null}`))\n" +
		"fmt.Println(d.Decode(&c), c.Extra)\n" +
		"var p Person\n" +
		"fmt.Println(json.Unmarshal([]byte(`[1]`), &p))\n" +
		"fmt.Println(json.Unmarshal([]byte(`{}`), p))\n" +
		"var pp *Person\n" +
		"fmt.Println(json.Unmarshal([]byte(`{}`), pp))\n" +
		"var ps []Person\n" +
		"fmt.Println(json.Unmarshal([]byte(`[[1]]`), &ps))")
	want := `<nil>
*main.Inner &{A:1 B:2} &{A:3 B:1}
<nil> <nil>
json: cannot unmarshal array into Go value of type main.Person
json: Unmarshal(non-pointer main.Person)
json: Unmarshal(nil *main.Person)
json: cannot unmarshal array into Go value of type main.Person
`
	if got := c.stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A decoder calls the UnmarshalJSON of a struct that also has a field
// with one: its own method, or one promoted from an embedded field (Go
// decodes the whole value with it). The view for the field was preferred
// and neither was called. third_party/yaegi/interp/jsonfix.go
// decodesStruct.
func TestJsongenDecodeStructWithOwnAndFieldMethods(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("encoding/json"; "fmt")`)
	ts.ok(`type Loose struct{ Seen string }

func (l *Loose) UnmarshalJSON(b []byte) error { l.Seen = string(b); return nil }

type Outer struct {
	Loose
	X int
}

type Strict struct {
	Loose
	Y int
}

func (s *Strict) UnmarshalJSON(b []byte) error {
	s.Y = 20
	return nil
}`)
	c := ts.ok("var o Outer\n" +
		"fmt.Println(json.Unmarshal([]byte(`{\"X\":1}`), &o), o.Seen, o.X)\n" +
		"var s Strict\n" +
		"fmt.Println(json.Unmarshal([]byte(`{\"Y\":2}`), &s), s.Y, s.Seen == \"\")")
	if got, want := c.stdout.String(), "<nil> {\"X\":1} 0\n<nil> 20 true\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A decoder fills the value a pointer held by a field, or a variable, of
// a notebook interface type with methods points to; null sets such a
// field to nil. third_party/yaegi/interp/unmarshal.go fieldConv.iface,
// jsonfix.go ifacePtrExposer.
func TestJsongenDecodeIntoIfaceWithMethods(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("encoding/json"; "fmt")`)
	ts.ok(`type Sizer interface{ Size() int }

type Box struct{ W, H int }

func (b *Box) Size() int { return b.W * b.H }

type Holder struct {
	S    Sizer
	Name string
}`)
	c := ts.ok("h := Holder{S: &Box{1, 1}}\n" +
		"err := json.Unmarshal([]byte(`{\"S\":{\"W\":2,\"H\":3},\"Name\":\"n\"}`), &h)\n" +
		"fmt.Println(err, h.S.Size(), h.Name)\n" +
		"var s Sizer = &Box{}\n" +
		"err = json.Unmarshal([]byte(`{\"W\":4,\"H\":5}`), &s)\n" +
		"fmt.Println(err, s.Size())\n" +
		"err = json.Unmarshal([]byte(`{\"S\":null}`), &h)\n" +
		"fmt.Println(err, h.S == nil)")
	if got, want := c.stdout.String(), "<nil> 6 n\n<nil> 20\n<nil> true\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A json.MarshalerError names the notebook type whose MarshalJSON or
// MarshalText failed (or gave invalid JSON), as Go does; it named the
// interpreter's wrapper (stdlib._encoding_json_Marshaler).
// third_party/yaegi/interp/jsonfix.go typedMarshalMethod, fixMarshalError.
func TestJsongenMarshalerErrorTypeNames(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("encoding/json"; "errors"; "fmt")`)
	ts.ok("type Vault struct{ Open bool }\n\n" +
		"var ErrLocked = errors.New(\"locked\")\n\n" +
		"func (v Vault) MarshalJSON() ([]byte, error) { return nil, ErrLocked }\n\n" +
		"type Code int\n\n" +
		"func (c Code) MarshalText() ([]byte, error) { return nil, fmt.Errorf(\"code %d\", int(c)) }\n\n" +
		"type Broken struct{}\n\n" +
		"func (Broken) MarshalJSON() ([]byte, error) { return []byte(`{oops`), nil }")
	c := ts.ok(`_, err := json.Marshal(Vault{})
fmt.Println(err)
_, err = json.Marshal(struct{ C []Code }{[]Code{3}})
fmt.Println(err)
_, err = json.Marshal(map[string]any{"b": Broken{}})
fmt.Println(err)
_, err = json.Marshal([]*Vault{{}})
fmt.Println(err, errors.Is(err, ErrLocked), errors.Unwrap(err) == ErrLocked)`)
	want := `json: error calling MarshalJSON for type main.Vault: locked
json: error calling MarshalText for type main.Code: code 3
json: error calling MarshalJSON for type main.Broken: invalid character 'o' looking for beginning of object key string
json: error calling MarshalJSON for type *main.Vault: locked true true
`
	if got := c.stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// An embedded field of a generic type of several type parameters
// (Pair[string, int], Getter[K, V]) is named after its type: its name was
// empty ("reflect.StructOf: field 0 has no name").
// third_party/yaegi/interp/type.go fieldName.
func TestJsongenEmbeddedGenericOfSeveralParams(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`type Pair[K comparable, V any] struct {
	K K
	V V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.K, "=", p.V) }

type Getter[K comparable, V any] interface{ Get(K) V }

type M map[string]int

func (m M) Get(k string) int { return m[k] }

type Entry struct {
	Pair[string, int]
	Note string
}

type Wrap[K comparable, V any] struct {
	Getter[K, V]
	n int
}`)
	c := ts.ok(`e := Entry{Pair[string, int]{"a", 1}, "n"}
fmt.Println(e.K, e.V, e.Pair.String(), e.Note)
w := Wrap[string, int]{Getter: M{"x": 3}}
fmt.Println(w.Get("x"), w.n)`)
	if got, want := c.stdout.String(), "a 1 a=1 n\n3 0\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A type error met inside a value of a struct type that holds itself,
// whose JSON the decoder keeps and decodes after the call (a tree whose
// nodes have a field with UnmarshalText), is one the decoder records and
// goes on after, as Go's one pass does: the rest of the value and the
// values after it are decoded, the error names the field's notebook type,
// and a method's error met later is the call's error. The copy back of
// the value stopped there: the second child was missing (an index panic)
// and the first one had lost its name. Go's outputs.
// third_party/yaegi/interp/unmarshal.go unmarshalRecursive,
// savedDecodeError; run.go callBin.
func TestJsongenRecursiveTypeErrorGoesOn(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("encoding/json"; "fmt")`)
	ts.ok(`type Kind int

func (k *Kind) UnmarshalText(b []byte) error {
	if string(b) != "file" && string(b) != "dir" {
		return fmt.Errorf("bad kind %q", b)
	}
	*k = Kind(len(b))
	return nil
}

type P struct{ V int }

type Node struct {
	Name     string
	Kind     Kind
	Size     int
	At       P
	Children []*Node
}`)
	c := ts.ok("var a Node\n" +
		"fmt.Println(json.Unmarshal([]byte(`{\"Name\":\"r\",\"Children\":[{\"Name\":\"x\",\"Size\":\"3\"},{\"Name\":\"y\",\"Kind\":\"dir\",\"Size\":4}]}`), &a))\n" +
		"fmt.Println(a.Name, len(a.Children), a.Children[0].Name, a.Children[1].Name, a.Children[1].Kind, a.Children[1].Size)\n" +
		"var b Node\n" +
		"fmt.Println(json.Unmarshal([]byte(`{\"Children\":[{\"Name\":\"x\",\"Size\":\"3\"},{\"Name\":\"y\",\"Kind\":\"link\"}]}`), &b))\n" +
		"var c Node\n" +
		"fmt.Println(json.Unmarshal([]byte(`{\"Children\":[{\"Children\":[{\"Name\":\"deep\",\"At\":\"p\"}]}]}`), &c), c.Children[0].Children[0].Name)\n" +
		"var d []Node\n" +
		"fmt.Println(json.Unmarshal([]byte(`[{\"Children\":[{\"Size\":true}]},{\"Name\":\"second\"}]`), &d), len(d), d[1].Name)")
	want := `json: cannot unmarshal string into Go struct field Node.Children.Size of type int
r 2 x y 3 4
bad kind "link"
json: cannot unmarshal string into Go struct field Node.Children.Children.At of type main.P deep
json: cannot unmarshal bool into Go struct field Node.Children.Size of type int 2 second
`
	if got := c.stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
