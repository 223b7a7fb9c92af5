package main

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"fmt"
	"os"
	"strings"
)

func main() {
	r := csv.NewReader(strings.NewReader("name,qty\n\"a, b\",2\nc,3\n"))
	recs, err := r.ReadAll()
	fmt.Println(recs, len(recs), err)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"x", "has,comma", `q"uote`})
	w.Flush()
	var buf bytes.Buffer
	binary.Write(&buf, binary.BigEndian, uint16(0x1234))
	binary.Write(&buf, binary.LittleEndian, int32(-2))
	fmt.Printf("% x\n", buf.Bytes())
	fmt.Println(binary.BigEndian.Uint16(buf.Bytes()), binary.LittleEndian.Uint32([]byte{1, 0, 0, 0}))
	b := binary.AppendUvarint(nil, 300)
	v, n := binary.Uvarint(b)
	fmt.Println(b, v, n)
}
