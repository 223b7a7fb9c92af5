// %T and reflect of anonymous struct types embedding compiled types with
// methods beside other fields.
package main

import (
	"bytes"
	"fmt"
	"reflect"
	"sync"
	"time"
)

func main() {
	a := struct {
		*sync.Mutex
		N int
	}{Mutex: new(sync.Mutex), N: 1}
	fmt.Printf("%T\n", a)
	b := struct {
		Name string
		time.Time
	}{Name: "b"}
	fmt.Printf("%T\n", b)
	c := struct {
		bytes.Buffer
		Tag string `json:"tag"`
	}{}
	c.WriteString("hi")
	fmt.Printf("%T %q\n", c, c.String())
	t := reflect.TypeOf(b)
	fmt.Println(t.String(), t.Field(1).Anonymous, t.Field(1).Name, t.NumField())
	fmt.Println(reflect.TypeOf(&a).Elem().Field(0).Anonymous)
	a.Lock()
	a.N++
	a.Unlock()
	fmt.Println(a.N)
}
