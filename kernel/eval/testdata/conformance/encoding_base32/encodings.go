package main

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

func main() {
	data := []byte("any + old & data")
	str := base32.StdEncoding.EncodeToString(data)
	fmt.Println(str)
	back, err := base32.StdEncoding.DecodeString(str)
	fmt.Printf("%q %v\n", back, err)
	fmt.Println(base32.HexEncoding.EncodeToString([]byte("hex")))
	fmt.Println(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("f")))
	_, err = base32.StdEncoding.DecodeString("!!!!")
	fmt.Println(err)
	fmt.Println(base32.StdEncoding.EncodedLen(5), base32.StdEncoding.DecodedLen(8))
	fmt.Println(base64.StdEncoding.EncodeToString([]byte("\xff\xfe")), base64.URLEncoding.EncodeToString([]byte("\xff\xfe")), base64.RawStdEncoding.EncodeToString([]byte("a")))
	fmt.Println(hex.EncodeToString([]byte("Hello Gopher!")))
	d, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(d), err)
	_, err = hex.DecodeString("4x")
	fmt.Println(err)
	fmt.Print(hex.Dump([]byte("1234567890abcdefXYZ")))
}
