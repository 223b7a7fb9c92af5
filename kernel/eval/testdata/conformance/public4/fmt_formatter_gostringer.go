package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %d.%02d", m.Currency, m.Cents/100, m.Cents%100)
			return
		}
		fallthrough
	case 's':
		fmt.Fprintf(f, "%d.%02d", m.Cents/100, m.Cents%100)
	case 'd':
		w, ok := f.Width()
		if ok {
			fmt.Fprintf(f, "%*d", w, m.Cents)
		} else {
			fmt.Fprint(f, m.Cents)
		}
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type ID int

func (i ID) GoString() string { return fmt.Sprintf("ID(%d)", int(i)) }
func (i ID) String() string   { return fmt.Sprintf("#%d", int(i)) }

type Secret string

func (Secret) String() string { return "****" }

type Wrapper struct {
	Who  ID
	Pass Secret
	Amt  Money
}

type errT struct{ msg string }

func (e *errT) Error() string { return "E:" + e.msg }

func main() {
	m := Money{12345, "EUR"}
	fmt.Printf("%v|%+v|%s|%d|%8d|%x\n", m, m, m, m, m, m)
	fmt.Println(m, []Money{m, {5, "USD"}})
	fmt.Printf("%v %#v %s %d\n", ID(7), ID(7), ID(7), ID(7))
	fmt.Printf("%#v\n", []ID{1, 2})
	w := Wrapper{3, "hunter2", Money{99, "GBP"}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(Secret("x"), string(Secret("x")))
	var e error = &errT{"boom"}
	fmt.Printf("%v %s %q\n", e, e, e)
	fmt.Println(fmt.Sprint(e), strings.ToUpper(fmt.Sprint(w.Pass)))
	fmt.Printf("%v %d\n", map[ID]Secret{2: "a", 1: "b"}, map[ID]int{2: 1})
	fmt.Printf("%s\n", []error{e, nil})
	var np *errT
	fmt.Printf("%v\n", np == nil)
}
