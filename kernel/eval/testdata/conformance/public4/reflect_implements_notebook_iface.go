package main

import (
	"fmt"
	"reflect"
)

type Shouter interface{ Upper() string }

type Word string

func (w Word) Upper() string { return string(w) + "!" }

func main() {
	shT := reflect.TypeOf((*Shouter)(nil)).Elem()
	fmt.Println(shT.Kind(), shT.Name(), shT.NumMethod())
	fmt.Println(reflect.TypeOf(Word("x")).Implements(shT), reflect.TypeOf(3).Implements(shT))
}
