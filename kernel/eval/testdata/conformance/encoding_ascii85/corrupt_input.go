package main

import (
	"encoding/ascii85"
	"errors"
	"fmt"
)

func main() {
	dst := make([]byte, 64)
	for _, in := range []string{"87cURD]i,\"Ebo80", "87cUR\x00", "s8W-!", "uuuuu", "z"} {
		nd, ns, err := ascii85.Decode(dst, []byte(in), true)
		var ce ascii85.CorruptInputError
		fmt.Printf("%q -> %d %d %q %v %v\n", in, nd, ns, dst[:nd], err, errors.As(err, &ce))
	}
	nd, ns, err := ascii85.Decode(dst, []byte("87cURD]i"), false)
	fmt.Println(nd, ns, err)
}
