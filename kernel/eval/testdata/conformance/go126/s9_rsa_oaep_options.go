package main

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	_ "crypto/sha256"
	"fmt"
)

func main() {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		panic(err)
	}
	opts := &rsa.OAEPOptions{Hash: crypto.SHA256, Label: []byte("label")}
	ct, err := rsa.EncryptOAEPWithOptions(rand.Reader, &key.PublicKey, []byte("hi 1.26"), opts)
	fmt.Println(err, len(ct))
	pt, err := key.Decrypt(nil, ct, opts)
	fmt.Println(string(pt), err)
}
