// reflect's FieldByName and VisibleFields through embedded compiled types.
package main

import (
	"fmt"
	"reflect"
	"time"
)

type Inner struct {
	ID   int
	Tags []string
}

type Rec struct {
	*Inner
	time.Time
	Name string
}

func main() {
	t := reflect.TypeOf(Rec{})
	for _, n := range []string{"ID", "Name", "Time", "Inner", "wall"} {
		f, ok := t.FieldByName(n)
		fmt.Println(n, ok, f.Index, f.Anonymous)
	}
	for _, f := range reflect.VisibleFields(t) {
		if f.IsExported() {
			fmt.Println(f.Name, f.Index, f.Anonymous)
		}
	}
	r := Rec{Inner: &Inner{ID: 9}, Name: "r"}
	v := reflect.ValueOf(r)
	fmt.Println(v.FieldByName("ID").Int(), v.FieldByName("Name").String())
}
