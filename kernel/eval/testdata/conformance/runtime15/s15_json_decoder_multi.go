package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Kind string `json:"kind"`
	N    int    `json:"n"`
}

func (e Event) String() string { return e.Kind + fmt.Sprint(e.N) }

// A Decoder over a stream of values: one type error does not stop the
// stream; a syntax error does; Buffered shows the rest.
func main() {
	in := `{"kind":"a","n":1}
{"kind":"b","n":"two"}
{"kind":"c","n":3} {"kind":"d"}
[1,2] {"kind":"e","n":5}
{"kind":`
	dec := json.NewDecoder(strings.NewReader(in))
	for i := 0; i < 8; i++ {
		var e Event
		err := dec.Decode(&e)
		if err == io.EOF {
			fmt.Println("eof")
			break
		}
		fmt.Printf("%d %v err=%v\n", i, e, err)
		if err != nil && err != io.EOF {
			if _, ok := err.(*json.UnmarshalTypeError); !ok {
				rest, _ := io.ReadAll(dec.Buffered())
				fmt.Printf("rest %q\n", rest)
				break
			}
		}
	}
}
