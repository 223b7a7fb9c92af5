package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"os"
	"strings"
)

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  int32
}

func main() {
	data := []byte("Hello, Gophers! <>?")
	fmt.Println(base64.StdEncoding.EncodeToString(data))
	fmt.Println(base64.URLEncoding.EncodeToString(data))
	fmt.Println(base64.RawStdEncoding.EncodeToString([]byte("ab")))
	dec, err := base64.StdEncoding.DecodeString("aGVsbG8=")
	fmt.Println(string(dec), err)
	_, err = base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	fmt.Println(base32.StdEncoding.EncodeToString([]byte("foobar")))
	fmt.Println(hex.EncodeToString([]byte{0xde, 0xad, 0xbe, 0xef}), hex.Dump([]byte("0123456789abcdefXYZ")))
	hb, err := hex.DecodeString("4a4B")
	fmt.Println(hb, err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))
	fmt.Printf("%x\n", md5.Sum([]byte("")))
	h := sha256.New()
	h.Write([]byte("a"))
	h.Write([]byte("bc"))
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	fmt.Println(crc32.ChecksumIEEE([]byte("hello")), crc32.Checksum([]byte("hello"), crc32.MakeTable(crc32.Castagnoli)))
	f := fnv.New32a()
	f.Write([]byte("hello"))
	fmt.Println(f.Sum32())
	var buf bytes.Buffer
	hd := Header{[4]byte{'G', 'O', 'P', 'H'}, 2, 0x8001, -5}
	binary.Write(&buf, binary.BigEndian, hd)
	fmt.Printf("% x\n", buf.Bytes())
	var back Header
	binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &back)
	fmt.Printf("%+v %s\n", back, back.Magic[:])
	b := make([]byte, 8)
	binary.LittleEndian.PutUint32(b, 0x01020304)
	binary.BigEndian.PutUint16(b[4:], 0xABCD)
	fmt.Println(b, binary.LittleEndian.Uint16(b), binary.BigEndian.Uint32(b))
	vb := binary.AppendUvarint(nil, 300)
	vb = binary.AppendVarint(vb, -3)
	u, n := binary.Uvarint(vb)
	s, m := binary.Varint(vb[n:])
	fmt.Println(vb, u, n, s, m, binary.Size(hd))
	r := csv.NewReader(strings.NewReader("name,qty,note\n\"Smith, J\",3,\"said \"\"hi\"\"\"\nann,5,\n"))
	recs, err := r.ReadAll()
	fmt.Println(len(recs), err)
	for _, rec := range recs {
		fmt.Printf("%q\n", rec)
	}
	_, err = csv.NewReader(strings.NewReader("a,b\n1\n")).ReadAll()
	fmt.Println(err)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"x", "has,comma", "has \"quote\"", "multi\nline"})
	w.Comma = ';'
	w.Write([]string{"a", "b;c"})
	w.Flush()
	fmt.Println(w.Error())
}
