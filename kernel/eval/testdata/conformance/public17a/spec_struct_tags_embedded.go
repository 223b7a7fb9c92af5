package main

import (
	"fmt"
	"reflect"
)

type Base struct {
	ID int `json:"id" db:"pk"`
}

type Named interface{ Name() string }

type Rec struct {
	Base
	*Extra
	Title   string `json:"title,omitempty"`
	private int
	_       [0]int
}

type Extra struct{ Note string }

func main() {
	t := reflect.TypeOf(Rec{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s anon=%v exported=%v json=%q db=%q\n", f.Name, f.Anonymous, f.IsExported(), f.Tag.Get("json"), f.Tag.Get("db"))
	}
	r := Rec{Base: Base{7}, Extra: &Extra{"n"}, Title: "t"}
	fmt.Println(r.ID, r.Note, r.Title)
	fmt.Printf("%+v\n", r.Base)
}
