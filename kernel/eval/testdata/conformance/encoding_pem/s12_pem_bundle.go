package main

import (
	"bytes"
	"encoding/pem"
	"fmt"
	"sort"
)

type Bundle struct {
	Blocks []*pem.Block
}

func (b *Bundle) Add(typ string, data []byte, headers map[string]string) {
	b.Blocks = append(b.Blocks, &pem.Block{Type: typ, Headers: headers, Bytes: data})
}

func (b Bundle) Encode() []byte {
	var buf bytes.Buffer
	for _, blk := range b.Blocks {
		pem.Encode(&buf, blk)
	}
	return buf.Bytes()
}

func Parse(data []byte) (Bundle, []byte) {
	var b Bundle
	for {
		blk, rest := pem.Decode(data)
		if blk == nil {
			return b, rest
		}
		b.Blocks = append(b.Blocks, blk)
		data = rest
	}
}

func main() {
	var b Bundle
	b.Add("CERTIFICATE", bytes.Repeat([]byte{0xAB}, 60), nil)
	b.Add("NOTE", []byte("hello pem"), map[string]string{"Proc-Type": "4,ENCRYPTED", "Author": "gopher"})
	out := b.Encode()
	fmt.Print(string(out))
	back, rest := Parse(append([]byte("junk before\n"), append(out, "trailing"...)...))
	fmt.Println(len(back.Blocks), string(rest))
	for _, blk := range back.Blocks {
		keys := make([]string, 0)
		for k := range blk.Headers {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println(blk.Type, len(blk.Bytes), keys)
	}
	fmt.Println(string(pem.EncodeToMemory(&pem.Block{Type: "EMPTY"})))
	blk, _ := pem.Decode([]byte("-----BEGIN X-----\nnot base64!!\n-----END X-----\n"))
	fmt.Println(blk == nil)
}
