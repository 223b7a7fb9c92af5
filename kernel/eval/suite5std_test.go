package eval

import (
	"strings"
	"testing"
)

// Regression tests of the fixes made for the standard-library programs of
// the conformance corpus (suite5std). Each test runs a program as one
// cell and as a user would split it (declarations, then main's body as
// top-level statements); the expected outputs are those of `go run`.

// s5both runs prog whole, and split as r2both does.
func s5both(t *testing.T, prog, want string) {
	t.Helper()
	ts := newSession(t)
	if got := ts.ok(prog).stdout.String(); got != want {
		t.Errorf("whole: got\n%s\nwant\n%s", got, want)
	}
	i := strings.Index(prog, "func main() {\n")
	decls, body := prog[:i], prog[i+len("func main() {\n"):]
	body = body[:strings.LastIndex(body, "}")]
	ts = newSession(t)
	got := ts.ok(decls).stdout.String()
	if got += ts.ok(body).stdout.String(); got != want {
		t.Errorf("split: got\n%s\nwant\n%s", got, want)
	}
}

// TestSuite5TypeSwitchComposite: a type switch case of an unnamed type
// made with any (map[string]any, []any), as in decoding JSON into an any,
// matched nothing in a switch without a variable (the form a top-level
// `switch x := e.(type)` of a cell takes): the case's type id
// "map[string]any" was compared with the reflect string of the value.
func TestSuite5TypeSwitchComposite(t *testing.T) {
	s5both(t, `import "fmt"

func kind(e any) string {
	switch e.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case []int, func(int) int:
		return "ints/func"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	var list = []any{1.0, map[string]any{"k": 1}, []any{}}
	for _, e := range list {
		switch x := e.(type) {
		case map[string]any:
			fmt.Println("object", len(x))
		case []any:
			fmt.Println("array", len(x))
		default:
			fmt.Printf("other %T\n", x)
		}
	}
	fmt.Println(kind(map[string]any{}), kind([]any{1}), kind([]int{}), kind(func(i int) int { return i }), kind(nil), kind(map[string]int{}))
}
`, `other float64
object 1
array 0
object array ints/func ints/func nil other
`)
}

// TestSuite5StringerGoStringer: a type with both String and GoString
// methods is printed with GoString for %#v (it was formatted as its
// underlying value: "pw"), also as an element of a slice and in an
// interface.
func TestSuite5StringerGoStringer(t *testing.T) {
	s5both(t, `import "fmt"

type Secret string

func (s Secret) GoString() string { return "Secret(\"***\")" }
func (s Secret) String() string   { return "***" }

func main() {
	s := Secret("pw")
	fmt.Printf("%v %s %#v %q\n", s, s, s, s)
	fmt.Printf("%#v %v\n", []Secret{"a"}, []Secret{"a"})
	var st fmt.Stringer = Secret("z")
	fmt.Printf("%#v %v\n", st, st)
}
`, `*** *** Secret("***") "***"
[]main.Secret{Secret("***")} [***]
Secret("***") ***
`)
}

// TestSuite5UnmarshalContainers: json.Unmarshal into a slice, a map (keys
// with UnmarshalText) or a pointer field of interpreted types with an
// UnmarshalJSON or UnmarshalText method called the method (the decoder
// filled the underlying types: "cannot unmarshal string into Go value of
// type int", or panicked "reflect.Set: value of type **float64 is not
// assignable to type *float64" for a *C field); a method's error is the
// decoder's.
func TestSuite5UnmarshalContainers(t *testing.T) {
	s5both(t, `import (
	"encoding/json"
	"fmt"
	"strings"
)

type Animal int

const (
	Unknown Animal = iota
	Gopher
	Zebra
)

func (a *Animal) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch strings.ToLower(s) {
	case "gopher":
		*a = Gopher
	case "zebra":
		*a = Zebra
	default:
		*a = Unknown
	}
	return nil
}

type Size int

func (s *Size) UnmarshalText(b []byte) error {
	if string(b) == "large" {
		*s = 2
	} else {
		*s = 1
	}
	return nil
}

type C float64

func (c *C) UnmarshalJSON(b []byte) error {
	if string(b) == `+"`"+`"bad"`+"`"+` {
		return fmt.Errorf("bad temperature")
	}
	_, err := fmt.Sscanf(strings.Trim(string(b), `+"`"+`"`+"`"+`), "%gC", (*float64)(c))
	return err
}

type R struct {
	Prev *C  `+"`"+`json:"prev"`+"`"+`
	Hist []C `+"`"+`json:"hist"`+"`"+`
}

func main() {
	var zoo []Animal
	err := json.Unmarshal([]byte(`+"`"+`["gopher","armadillo","zebra"]`+"`"+`), &zoo)
	fmt.Println(zoo, err)
	counts := map[Size]int{}
	err = json.Unmarshal([]byte(`+"`"+`{"small":1,"large":2}`+"`"+`), &counts)
	fmt.Println(counts, err)
	var r R
	err = json.Unmarshal([]byte(`+"`"+`{"prev":"19.5C","hist":["1C","2C"]}`+"`"+`), &r)
	fmt.Println(*r.Prev, r.Hist, err)
	err = json.Unmarshal([]byte(`+"`"+`{"prev":null,"hist":["bad"]}`+"`"+`), &r)
	fmt.Println(r.Prev == nil, err)
}
`, `[1 0 2] <nil>
map[1:1 2:2] <nil>
19.5 [1 2] <nil>
true bad temperature
`)
}

// TestSuite5XMLRootNames: xml.Marshal (MarshalIndent, Encoder.Encode) of a
// value of a named notebook struct type without an XMLName field, a
// pointer to one or a slice of them failed with "xml: unsupported type:
// struct {...}": the root element is named after the type, as in Go; also
// with fields whose types have MarshalText.
func TestSuite5XMLRootNames(t *testing.T) {
	s5both(t, `import (
	"encoding/xml"
	"fmt"
	"os"
)

type P struct {
	A int
	B []string
}

type Size int

func (s Size) MarshalText() ([]byte, error) { return []byte([]string{"?", "S", "L"}[s]), nil }

type Inv struct {
	Main  Size   `+"`"+`xml:"main,attr"`+"`"+`
	Sizes []Size `+"`"+`xml:"size"`+"`"+`
	note  string
}

func main() {
	b, err := xml.Marshal(P{1, []string{"x"}})
	fmt.Println(string(b), err)
	b, err = xml.Marshal([]P{{2, nil}, {3, []string{"y", "z"}}})
	fmt.Println(string(b), err)
	b, err = xml.MarshalIndent(&Inv{2, []Size{1, 2}, "n"}, "", " ")
	fmt.Println(string(b), err)
	xml.NewEncoder(os.Stdout).Encode(P{4, nil})
	fmt.Println()
}
`, `<P><A>1</A><B>x</B></P> <nil>
<P><A>2</A></P><P><A>3</A><B>y</B><B>z</B></P> <nil>
<Inv main="L">
 <size>S</size>
 <size>L</size>
</Inv> <nil>
<P><A>4</A></P>
`)
}

// TestSuite5XMLUnmarshalSlices: xml.Unmarshal into a slice of a notebook
// type with UnmarshalXML or UnmarshalText called the method (it decoded
// the underlying int: "strconv.ParseInt: parsing \"gopher\": invalid
// syntax").
func TestSuite5XMLUnmarshalSlices(t *testing.T) {
	s5both(t, `import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Animal int

func (a *Animal) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var s string
	if err := d.DecodeElement(&s, &start); err != nil {
		return err
	}
	*a = Animal(len(s))
	return nil
}

type Size int

func (s *Size) UnmarshalText(b []byte) error {
	*s = Size(strings.Count(string(b), "x"))
	return nil
}

type Zoo struct {
	Animals []Animal `+"`xml:\"animal\"`"+`
	Sizes   []Size   `+"`xml:\"size\"`"+`
}

func main() {
	var z Zoo
	err := xml.Unmarshal([]byte("<zoo><animal>gopher</animal><size>xx</size><animal>ox</animal><size>x</size></zoo>"), &z)
	fmt.Println(z.Animals, z.Sizes, err)
}
`, `[6 2] [2 1] <nil>
`)
}

// TestSuite5OmitZeroIsZero: json's omitzero option calls the IsZero method
// of a field's type (Go 1.24); a notebook type's IsZero was not seen, and a
// non-zero value that IsZero calls zero was encoded.
func TestSuite5OmitZeroIsZero(t *testing.T) {
	s5both(t, `import (
	"encoding/json"
	"fmt"
)

type Money struct {
	Cents int
	Cur   string
}

func (m Money) IsZero() bool { return m.Cents == 0 }

type Event struct {
	Name  string `+"`"+`json:"name"`+"`"+`
	Price Money  `+"`"+`json:"price,omitzero"`+"`"+`
	Plain Money  `+"`"+`json:"plain"`+"`"+`
}

func main() {
	b, _ := json.Marshal(Event{Name: "a", Price: Money{0, "EUR"}})
	fmt.Println(string(b))
	b, _ = json.Marshal(Event{Name: "b", Price: Money{150, "USD"}})
	fmt.Println(string(b))
}
`, `{"name":"a","plain":{"Cents":0,"Cur":""}}
{"name":"b","price":{"Cents":150,"Cur":"USD"},"plain":{"Cents":0,"Cur":""}}
`)
}

// TestSuite5MethodlessDefinedAndScanner: a defined type over a compiled
// named type (type Timeout time.Duration) has none of its methods: fmt
// printed 5s (Duration's String), Go prints 5000000000; fmt.Sscan and
// Sscanf call the Scan method (fmt.Scanner) of a notebook type ("can't
// scan type: *struct { X int; Y int }").
func TestSuite5MethodlessDefinedAndScanner(t *testing.T) {
	s5both(t, `import (
	"fmt"
	"time"
)

type Timeout time.Duration

type Point struct{ X, Y int }

func (p *Point) Scan(state fmt.ScanState, verb rune) error {
	_, err := fmt.Fscanf(state, "(%d,%d)", &p.X, &p.Y)
	return err
}

func main() {
	t := Timeout(5 * time.Second)
	fmt.Println(t, time.Duration(t), []Timeout{1, 2})
	fmt.Printf("%v %d\n", t, t)
	var p Point
	n, err := fmt.Sscan("(3,4)", &p)
	fmt.Println(n, err, p)
	var q Point
	fmt.Sscanf("pt=(5,6)", "pt=%v", &q)
	fmt.Println(q)
}
`, `5000000000 5s [1 2]
5000000000 5000000000
1 <nil> {3 4}
{5 6}
`)
}
