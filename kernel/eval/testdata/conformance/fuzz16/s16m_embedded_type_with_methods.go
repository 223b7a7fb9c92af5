// A compiled type with methods embedded beside other fields (*sync.Mutex,
// time.Time) is an embedded field: encoding/json promotes its exported
// fields (a *sync.Mutex has none, so it writes nothing for it) and
// reflect says Anonymous.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sync"
	"time"
)

type Store struct {
	*sync.Mutex
	Items []string
}

type Event struct {
	time.Time
	Name string
}

func main() {
	s := Store{Mutex: &sync.Mutex{}}
	s.Lock()
	s.Items = append(s.Items, "a")
	s.Unlock()
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	st := reflect.TypeOf(s).Field(0)
	fmt.Println(st.Name, st.Anonymous)
	et := reflect.TypeOf(Event{}).Field(0)
	fmt.Println(et.Name, et.Anonymous)
	e := Event{Time: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), Name: "x"}
	fmt.Println(e.Year(), e.Name)
}
