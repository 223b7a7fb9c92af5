// strings.Builder embedded by value beside a field.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

type Out struct {
	strings.Builder
	Count int
}

func main() {
	var o Out
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&o, "%d,", i)
		o.Count++
	}
	fmt.Println(o.String(), o.Len(), o.Count)
	f := reflect.TypeOf(o).Field(0)
	fmt.Println(f.Name, f.Anonymous)
	b, err := json.Marshal(&o)
	fmt.Println(string(b), err)
}
