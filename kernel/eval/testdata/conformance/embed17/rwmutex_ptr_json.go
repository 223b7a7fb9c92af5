// *sync.RWMutex embedded beside exported fields; json skips it.
package main

import (
	"encoding/json"
	"fmt"
	"sync"
)

type Counter struct {
	*sync.RWMutex
	Hits int `json:"hits"`
	Name string
}

func main() {
	c := Counter{RWMutex: new(sync.RWMutex), Name: "n"}
	c.Lock()
	c.Hits += 3
	c.Unlock()
	b, _ := json.Marshal(c)
	fmt.Println(string(b))
	var d Counter
	fmt.Println(json.Unmarshal([]byte(`{"hits":7,"Name":"z"}`), &d), d.Hits, d.Name, d.RWMutex == nil)
	b, _ = json.MarshalIndent(&c, "", " ")
	fmt.Println(string(b))
}
