// time.Time embedded beside a field: reflect's view, promoted methods, and
// json (Event has time.Time's MarshalJSON, promoted).
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"time"
)

type Event struct {
	time.Time
	Name string
}

func main() {
	e := Event{Time: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), Name: "x"}
	f := reflect.TypeOf(e).Field(0)
	fmt.Println(f.Name, f.Anonymous, f.Type, f.Index)
	f1, ok := reflect.TypeOf(e).FieldByName("Name")
	fmt.Println(f1.Name, f1.Index, ok)
	fmt.Println(e.Year(), e.Month(), e.Unix(), e.Name)
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	fmt.Println(e)
	fmt.Printf("%v|%s\n", e, e)
	fmt.Println(e.Format(time.RFC3339))
	var e2 Event
	err = json.Unmarshal([]byte(`"2023-05-06T07:08:09Z"`), &e2)
	fmt.Println(e2.Year(), e2.Name == "", err)
}
