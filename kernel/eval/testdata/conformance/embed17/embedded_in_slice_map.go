// Structs embedding *sync.Mutex in slices and maps; json of the slice.
package main

import (
	"encoding/json"
	"fmt"
	"sync"
)

type Slot struct {
	*sync.Mutex
	ID  int `json:"id"`
	Val string
}

func main() {
	slots := []Slot{{Mutex: new(sync.Mutex), ID: 1, Val: "a"}, {Mutex: new(sync.Mutex), ID: 2}}
	for i := range slots {
		slots[i].Lock()
		slots[i].Val += "!"
		slots[i].Unlock()
	}
	b, _ := json.Marshal(slots)
	fmt.Println(string(b))
	m := map[string]*Slot{"x": &slots[0]}
	b, _ = json.Marshal(m)
	fmt.Println(string(b))
	var back []Slot
	fmt.Println(json.Unmarshal(b[5:len(b)-1], &back) != nil)
	fmt.Println(json.Unmarshal([]byte(`[{"id":5,"Val":"q"}]`), &back), back[0].ID, back[0].Val, back[0].Mutex == nil)
}
