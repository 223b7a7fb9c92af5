package main

import (
	"encoding/json"
	"fmt"
)

type T struct{ N int }

func (t *T) MarshalText() ([]byte, error) { return []byte(fmt.Sprint("k", t.N)), nil }

type Box struct {
	Ch    chan int
	ByKey map[T]int
}

// An unsupported type is named as Go names it.
func main() {
	_, err := json.Marshal(map[T]int{{2}: 2})
	fmt.Println(err)
	_, err = json.Marshal(Box{ByKey: map[T]int{{1}: 1}})
	fmt.Println(err)
	_, err = json.Marshal(Box{Ch: make(chan int)})
	fmt.Println(err)
	_, err = json.Marshal([]func(T){nil})
	fmt.Println(err)
	b, err := json.Marshal(map[*T]int{{3}: 3})
	fmt.Println(string(b), err)
}
