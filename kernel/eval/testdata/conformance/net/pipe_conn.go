package main

import (
	"encoding/gob"
	"fmt"
	"net"
)

type Msg struct {
	ID   int
	Text string
}

func main() {
	a, b := net.Pipe()
	go func() {
		enc := gob.NewEncoder(a)
		for i := 1; i <= 3; i++ {
			enc.Encode(Msg{i, fmt.Sprint("message ", i)})
		}
		a.Close()
	}()
	dec := gob.NewDecoder(b)
	for {
		var m Msg
		if err := dec.Decode(&m); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%+v\n", m)
	}
	fmt.Println(a.LocalAddr().Network(), a.LocalAddr())
}
