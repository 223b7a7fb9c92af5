package main

import (
	"fmt"
	"reflect"
)

type Record struct {
	microsec  uint64 `protobuf:"1"`
	serverIP6 uint64 `protobuf:"2"`
	Name      string `json:"name,omitempty" db:"n"`
	_         int    `ignored:"yes"`
}

func main() {
	t := reflect.TypeOf(Record{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s %q %q %q\n", f.Name, f.Tag, f.Tag.Get("protobuf"), f.Tag.Get("json"))
	}
	v, ok := t.Field(2).Tag.Lookup("db")
	fmt.Println(v, ok)
	_, ok = t.Field(2).Tag.Lookup("xml")
	fmt.Println(ok, t.NumField(), t.Name(), t.Kind())
}
