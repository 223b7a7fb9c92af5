// fmt's verbs on nested user types with Stringers, errors, GoStringers,
// Formatters, pointers and maps of them, as logs print them.
package main

import (
	"errors"
	"fmt"
	"os"
)

type ID int

func (i ID) String() string { return fmt.Sprintf("ID-%03d", int(i)) }

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Currency)
}

type Secret string

func (Secret) GoString() string { return `Secret("***")` }
func (Secret) String() string   { return "***" }

type Hex []byte

func (h Hex) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('+') {
		fmt.Fprintf(f, "Hex(%d bytes)", len(h))
		return
	}
	fmt.Fprintf(f, "%x", []byte(h))
}

type NotFound struct{ What ID }

func (e *NotFound) Error() string { return fmt.Sprintf("%v not found", e.What) }

type Order struct {
	ID     ID
	Total  Money
	Items  []Money
	Key    Secret
	Sig    Hex
	Err    error
	Owner  *ID
	ByName map[string]Money
}

func main() {
	owner := ID(9)
	o := Order{ID: 12, Total: Money{1999, "EUR"}, Items: []Money{{500, "EUR"}, {1499, "EUR"}}, Key: "k",
		Sig: Hex{0xde, 0xad}, Err: &NotFound{3}, Owner: &owner, ByName: map[string]Money{"b": {1, "X"}, "a": {250, "Y"}}}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%s|%d|%v|%q\n", o.ID, o.ID, []ID{1, 2}, o.ID)
	fmt.Printf("%#v|%#v|%v\n", o.Key, o.ID, o.Key)
	fmt.Printf("%v|%+v|%s\n", o.Sig, o.Sig, o.Sig)
	fmt.Println(o.Items, o.ByName, *o.Owner)
	wrapped := fmt.Errorf("load order %v: %w", o.ID, o.Err)
	fmt.Println(wrapped)
	var nf *NotFound
	fmt.Println(errors.As(wrapped, &nf), nf.What)
	fmt.Fprintf(os.Stdout, "%-10s|%10v|%8.2f\n", o.ID, o.Total, 3.14159)
	fmt.Printf("%T %T %T\n", o.Err, o.ByName, o.Sig)
	fmt.Printf("%v %+v\n", []*NotFound{{1}}[0], map[ID]Money{1: {100, "Z"}})
	fmt.Println(fmt.Sprint(o.ID, o.Total), fmt.Sprintln(o.Key, o.Err))
}
