// reflect sees the fields; method calls through promotion in the notebook.
package main

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

type T struct {
	sync.Mutex
	*strings.Reader
	Name string
}

func main() {
	t := &T{Reader: strings.NewReader("abc"), Name: "t"}
	rt := reflect.TypeOf(t).Elem()
	names := []string{}
	for i := 0; i < rt.NumField(); i++ {
		names = append(names, fmt.Sprint(rt.Field(i).Name, ":", rt.Field(i).Anonymous))
	}
	fmt.Println(strings.Join(names, " "))
	b, _ := t.ReadByte()
	fmt.Println(string(b), t.Len(), t.Size())
	t.Lock()
	t.Unlock()
}
