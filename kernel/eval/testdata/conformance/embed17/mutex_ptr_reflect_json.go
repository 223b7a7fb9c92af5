// A *sync.Mutex embedded beside other fields: reflect says Anonymous and
// json promotes no fields from it.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sync"
)

type Store struct {
	*sync.Mutex
	Items []string
	count int
}

func main() {
	s := Store{Mutex: &sync.Mutex{}}
	s.Lock()
	s.Items = append(s.Items, "a", "b")
	s.count++
	s.Unlock()
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	t := reflect.TypeOf(s)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(i, f.Name, f.Anonymous, f.Type, f.IsExported())
	}
	_, ok := t.FieldByName("Mutex")
	fmt.Println("FieldByName Mutex", ok)
	var s2 Store
	err = json.Unmarshal([]byte(`{"Items":["x"],"Mutex":{}}`), &s2)
	fmt.Println(s2.Items, s2.Mutex == nil, err)
}
