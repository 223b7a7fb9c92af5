package main

import (
	"fmt"
	"reflect"
)

type Key struct {
	A int
	B string
}

type ID int

type Pair [2]ID

type Celsius float64

func main() {
	m := map[any]string{}
	m[Key{1, "a"}] = "key"
	m[ID(7)] = "id"
	m[7] = "int"
	m[Pair{1, 2}] = "pair"
	m[Celsius(1.5)] = "celsius"
	m[1.5] = "float"

	for _, v := range []any{Key{1, "a"}, ID(7), 7, Pair{1, 2}, Celsius(1.5), 1.5} {
		back := reflect.ValueOf(v).Interface()
		got, ok := m[back]
		fmt.Printf("%T %v -> %q %v\n", back, back, got, ok)
	}

	// A value made by reflect.New and filled through reflect.
	nv := reflect.New(reflect.TypeOf(Key{})).Elem()
	nv.Field(0).SetInt(1)
	nv.Field(1).SetString("a")
	fmt.Println(m[nv.Interface()])
	m[nv.Interface()] += "!"
	fmt.Println(len(m), m[Key{1, "a"}])

	// delete with a value from reflect.
	delete(m, reflect.ValueOf(ID(7)).Interface())
	_, still := m[ID(7)]
	fmt.Println(len(m), still, m[7])

	// A map literal whose keys come from reflect.
	k2 := reflect.ValueOf(Key{2, "b"}).Interface()
	lit := map[any]int{k2: 1, Key{3, "c"}: 3}
	fmt.Println(lit[Key{2, "b"}], lit[reflect.ValueOf(Key{3, "c"}).Interface()], len(lit))
}
