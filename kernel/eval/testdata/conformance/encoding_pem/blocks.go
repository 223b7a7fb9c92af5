package main

import (
	"encoding/pem"
	"fmt"
	"strings"
)

func main() {
	block := &pem.Block{
		Type:    "MESSAGE",
		Headers: map[string]string{"Animal": "Gopher", "Color": "blue"},
		Bytes:   []byte("test payload that is long enough to wrap past sixty-four columns of base64 text"),
	}
	enc := pem.EncodeToMemory(block)
	fmt.Print(string(enc))
	b, rest := pem.Decode(append(enc, []byte("trailing")...))
	fmt.Println(b.Type, b.Headers["Animal"], string(b.Bytes[:4]), string(rest))
	none, rest2 := pem.Decode([]byte("no pem here"))
	fmt.Println(none == nil, string(rest2))
	var sb strings.Builder
	pem.Encode(&sb, &pem.Block{Type: "EMPTY"})
	fmt.Print(sb.String())
}
