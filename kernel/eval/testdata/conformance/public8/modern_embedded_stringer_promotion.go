package main

import (
	"errors"
	"fmt"
	"time"
)

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.ID) }

type User struct {
	Base
	Name string
}

type Audited struct {
	*Base
	At time.Duration
}

type Named struct{ Name string }

func (n *Named) String() string { return "Named(" + n.Name + ")" }

type Wrapper struct {
	Named
	Extra int
}

type ErrBase struct{ Code int }

func (e ErrBase) Error() string { return fmt.Sprintf("code %d", e.Code) }

type NotFound struct {
	ErrBase
	Path string
}

type Both struct {
	Base
	Named
}

func main() {
	u := User{Base{7}, "ann"}
	fmt.Println(u, &u)
	fmt.Printf("%v %+v %s %d\n", u, u, u, u.ID)
	a := Audited{&Base{3}, time.Second}
	fmt.Println(a)
	var nilA Audited
	fmt.Printf("%+v\n", nilA)
	w := Wrapper{Named{"x"}, 1}
	fmt.Println(w, &w)
	fmt.Printf("%v %+v\n", w, &w)
	var err error = NotFound{ErrBase{404}, "/a"}
	fmt.Println(err)
	var eb ErrBase
	fmt.Println(errors.As(err, &eb))
	b := Both{Base{1}, Named{"n"}}
	fmt.Println(b)
	fmt.Printf("%+v\n", b)
	var s fmt.Stringer = u
	fmt.Println(s.String())
}
