package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"os"
)

func main() {
	// ExampleNewOFB
	{
		// Load your secret key from a safe place and reuse it across multiple
		// NewCipher calls. (Obviously don't use this example key for anything
		// real.) If you want to convert a passphrase to a key, use a suitable
		// package like bcrypt or scrypt.
		key, _ := hex.DecodeString("6368616e676520746869732070617373")
		plaintext := []byte("some plaintext")

		block, err := aes.NewCipher(key)
		if err != nil {
			panic(err)
		}

		// The IV needs to be unique, but not secure. Therefore it's common to
		// include it at the beginning of the ciphertext.
		ciphertext := make([]byte, aes.BlockSize+len(plaintext))
		iv := ciphertext[:aes.BlockSize]
		if _, err := io.ReadFull(rand.Reader, iv); err != nil {
			panic(err)
		}

		stream := cipher.NewOFB(block, iv)
		stream.XORKeyStream(ciphertext[aes.BlockSize:], plaintext)

		// It's important to remember that ciphertexts must be authenticated
		// (i.e. by using crypto/hmac) as well as being encrypted in order to
		// be secure.

		// OFB mode is the same for both encryption and decryption, so we can
		// also decrypt that ciphertext with NewOFB.

		plaintext2 := make([]byte, len(plaintext))
		stream = cipher.NewOFB(block, iv)
		stream.XORKeyStream(plaintext2, ciphertext[aes.BlockSize:])

		fmt.Printf("%s\n", plaintext2)
	}

	// ExampleStreamReader
	{
		// Load your secret key from a safe place and reuse it across multiple
		// NewCipher calls. (Obviously don't use this example key for anything
		// real.) If you want to convert a passphrase to a key, use a suitable
		// package like bcrypt or scrypt.
		key, _ := hex.DecodeString("6368616e676520746869732070617373")

		encrypted, _ := hex.DecodeString("cf0495cc6f75dafc23948538e79904a9")
		bReader := bytes.NewReader(encrypted)

		block, err := aes.NewCipher(key)
		if err != nil {
			panic(err)
		}

		// If the key is unique for each ciphertext, then it's ok to use a zero
		// IV.
		var iv [aes.BlockSize]byte
		stream := cipher.NewOFB(block, iv[:])

		reader := &cipher.StreamReader{S: stream, R: bReader}
		// Copy the input to the output stream, decrypting as we go.
		if _, err := io.Copy(os.Stdout, reader); err != nil {
			panic(err)
		}

		// Note that this example is simplistic in that it omits any
		// authentication of the encrypted data. If you were actually to use
		// StreamReader in this manner, an attacker could flip arbitrary bits in
		// the output.

	}
}
