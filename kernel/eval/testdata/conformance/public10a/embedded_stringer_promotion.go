package main

import (
	"errors"
	"fmt"
)

type ID struct{ n int }

func (i ID) String() string { return fmt.Sprintf("ID#%d", i.n) }

// User embeds ID: ID's String is promoted, so fmt prints only the ID.
type User struct {
	ID
	Name string
}

type Named struct {
	*ID
	Label string
}

type Err struct{ msg string }

func (e *Err) Error() string { return "err: " + e.msg }

type Wrap struct {
	*Err
	Extra int
}

func main() {
	u := User{ID{7}, "ann"}
	fmt.Println(u)
	fmt.Printf("%v|%+v|%s\n", u, u, u)
	fmt.Println(u.Name, u.ID, u.n)
	n := Named{&ID{3}, "x"}
	fmt.Println(n)
	var nilNamed Named
	fmt.Println(nilNamed.Label == "", nilNamed.ID == nil)
	fmt.Println(nilNamed) // String on a nil *ID: fmt catches the panic
	w := Wrap{&Err{"boom"}, 1}
	fmt.Println(w)
	var e error = w
	fmt.Println(e, errors.Unwrap(e) == nil)
	fmt.Println(Err{"value"}) // Error has a pointer receiver: not used for a value
}
