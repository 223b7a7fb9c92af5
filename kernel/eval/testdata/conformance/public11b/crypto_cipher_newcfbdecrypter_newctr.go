package main

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
)

func main() {
	// ExampleNewCFBDecrypter
	{
		// Load your secret key from a safe place and reuse it across multiple
		// NewCipher calls. (Obviously don't use this example key for anything
		// real.) If you want to convert a passphrase to a key, use a suitable
		// package like bcrypt or scrypt.
		key, _ := hex.DecodeString("6368616e676520746869732070617373")
		ciphertext, _ := hex.DecodeString("7dd015f06bec7f1b8f6559dad89f4131da62261786845100056b353194ad")

		block, err := aes.NewCipher(key)
		if err != nil {
			panic(err)
		}

		// The IV needs to be unique, but not secure. Therefore it's common to
		// include it at the beginning of the ciphertext.
		if len(ciphertext) < aes.BlockSize {
			panic("ciphertext too short")
		}
		iv := ciphertext[:aes.BlockSize]
		ciphertext = ciphertext[aes.BlockSize:]

		stream := cipher.NewCFBDecrypter(block, iv)

		// XORKeyStream can work in-place if the two arguments are the same.
		stream.XORKeyStream(ciphertext, ciphertext)
		fmt.Printf("%s", ciphertext)
	}

	// ExampleNewCTR
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

		stream := cipher.NewCTR(block, iv)
		stream.XORKeyStream(ciphertext[aes.BlockSize:], plaintext)

		// It's important to remember that ciphertexts must be authenticated
		// (i.e. by using crypto/hmac) as well as being encrypted in order to
		// be secure.

		// CTR mode is the same for both encryption and decryption, so we can
		// also decrypt that ciphertext with NewCTR.

		plaintext2 := make([]byte, len(plaintext))
		stream = cipher.NewCTR(block, iv)
		stream.XORKeyStream(plaintext2, ciphertext[aes.BlockSize:])

		fmt.Printf("%s\n", plaintext2)
	}
}
