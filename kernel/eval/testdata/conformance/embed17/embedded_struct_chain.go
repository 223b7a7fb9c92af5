// A notebook struct embedding a notebook struct that embeds a compiled type
// with methods beside fields: promotion through two levels, reflect, json.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sync"
	"time"
)

type Base struct {
	*sync.Mutex
	time.Time
	ID int
}

type Derived struct {
	Base
	Name string
}

func main() {
	d := Derived{Base: Base{Mutex: new(sync.Mutex), Time: time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC), ID: 1}, Name: "d"}
	d.Lock()
	d.ID++
	d.Unlock()
	fmt.Println(d.ID, d.Year(), d.Name)
	t := reflect.TypeOf(d)
	f, ok := t.FieldByName("ID")
	fmt.Println(f.Index, ok)
	bt := t.Field(0).Type
	for i := 0; i < bt.NumField(); i++ {
		fmt.Println(bt.Field(i).Name, bt.Field(i).Anonymous)
	}
	b, err := json.Marshal(d.ID)
	fmt.Println(string(b), err)
}
