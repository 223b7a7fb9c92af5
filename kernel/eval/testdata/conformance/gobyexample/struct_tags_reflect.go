package main

import (
	"fmt"
	"reflect"
)

type User struct {
	Name  string `json:"name" db:"user_name"`
	Email string `json:"email,omitempty"`
	age   int
}

func main() {
	t := reflect.TypeOf(User{})
	fmt.Println(t.Name(), t.Kind(), t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.Tag.Get("db"), f.IsExported())
	}
	u := User{"Ann", "a@x", 30}
	v := reflect.ValueOf(u)
	fmt.Println(v.Field(0), v.FieldByName("Email"))
	pv := reflect.ValueOf(&u).Elem()
	pv.Field(0).SetString("Bob")
	fmt.Println(u.Name)
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
	var x any = 3.5
	fmt.Println(reflect.TypeOf(x).Kind() == reflect.Float64, reflect.ValueOf(x).Float())
}
