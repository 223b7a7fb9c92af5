package main

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	dst := []byte("b64:")
	dst = base64.StdEncoding.AppendEncode(dst, []byte("hello, world"))
	fmt.Println(string(dst))
	dec, err := base64.StdEncoding.AppendDecode([]byte("raw:"), dst[4:])
	fmt.Println(string(dec), err)
	dst = base32.StdEncoding.AppendEncode(nil, []byte("go1.22"))
	fmt.Println(string(dst))
	dec, err = base32.StdEncoding.AppendDecode(nil, dst)
	fmt.Println(string(dec), err)
	h := hex.AppendEncode([]byte("0x"), []byte{0xde, 0xad, 0xbe, 0xef})
	fmt.Println(string(h))
	b, err := hex.AppendDecode(nil, []byte("cafe"))
	fmt.Println(b, err)
	_, err = hex.AppendDecode(nil, []byte("zz"))
	fmt.Println(err)
}
