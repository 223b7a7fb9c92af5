package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" validate:"required"`
	Email string `json:"email,omitempty"`
	Age   int    `json:"age"`
}

func main() {
	t := reflect.TypeOf(User{})
	fmt.Println(t.Name(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%s %s json=%q validate=%q\n", f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("validate"))
	}
	if f, ok := t.FieldByName("Email"); ok {
		v, found := f.Tag.Lookup("json")
		fmt.Println(f.Index, v, found)
	}
}
