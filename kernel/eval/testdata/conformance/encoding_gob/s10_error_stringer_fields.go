package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Both struct{ N int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.N) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.N) }

type Msg struct {
	S fmt.Stringer
	E error
}

func main() {
	gob.Register(Both{})
	var buf bytes.Buffer
	err := gob.NewEncoder(&buf).Encode(Msg{Both{1}, Both{2}})
	fmt.Println(err)
	var m Msg
	err = gob.NewDecoder(&buf).Decode(&m)
	fmt.Println(err, m.S, m.E, m)
	b, ok := m.E.(Both)
	fmt.Println(b.N, ok)
}
