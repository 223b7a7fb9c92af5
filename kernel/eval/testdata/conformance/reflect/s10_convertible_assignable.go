package main

import (
	"fmt"
	"reflect"
)

type Named interface{ Name() string }

type Titled interface {
	Name() string
	Title() string
}

type User struct{ n string }

func (u User) Name() string  { return u.n }
func (u User) Title() string { return "Dr. " + u.n }

func main() {
	nt, tt := reflect.TypeFor[Named](), reflect.TypeFor[Titled]()
	ut := reflect.TypeOf(User{})
	fmt.Println(ut.ConvertibleTo(nt), ut.AssignableTo(tt), tt.AssignableTo(nt), nt.AssignableTo(tt))
	fmt.Println(tt.ConvertibleTo(nt), nt.ConvertibleTo(tt), reflect.TypeOf(1).ConvertibleTo(nt))
	fmt.Println(nt.Comparable(), nt.Align() == 8, nt.String(), tt.String())
}
