// An embedded interface of the notebook beside an embedded *sync.Mutex:
// json writes the interface as a field named like it and skips the mutex.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sync"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Fig struct {
	Shape
	*sync.Mutex
	Name string
}

func main() {
	f := Fig{Shape: Sq{2}, Mutex: new(sync.Mutex), Name: "f"}
	f.Lock()
	a := f.Area()
	f.Unlock()
	b, err := json.Marshal(f)
	fmt.Println(string(b), err, a)
	m := reflect.TypeOf(f).Field(1)
	fmt.Println(m.Name, m.Anonymous)
	var back Fig
	fmt.Println(json.Unmarshal([]byte(`{"Name":"n"}`), &back), back.Name, back.Shape == nil, back.Mutex == nil)
}
