package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Lv int

func (l Lv) String() string { return fmt.Sprintf("L%d", int(l)) }

type WithIface struct {
	S fmt.Stringer
	A any
}

func main() {
	w := WithIface{S: Lv(3), A: Lv(4)}
	fmt.Println(reflect.ValueOf(w).Field(0).Interface(), reflect.ValueOf(w).Field(1).Interface())
	b, err := json.Marshal(w)
	fmt.Println(string(b), err)
}
