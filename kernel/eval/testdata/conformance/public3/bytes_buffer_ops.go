package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Fprintf(&buf, " %d", 42)
	fmt.Println(buf.String(), buf.Len())
	b := make([]byte, 5)
	n, _ := buf.Read(b)
	fmt.Println(n, string(b), buf.String())
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size)
	rest, _ := io.ReadAll(&buf)
	fmt.Printf("%q %d\n", rest, buf.Len())
	buf.Reset()
	binary.Write(&buf, binary.BigEndian, uint16(0xCAFE))
	binary.Write(&buf, binary.LittleEndian, int32(-2))
	fmt.Printf("% x\n", buf.Bytes())
	var u uint16
	var i int32
	binary.Read(&buf, binary.BigEndian, &u)
	binary.Read(&buf, binary.LittleEndian, &i)
	fmt.Printf("%#x %d\n", u, i)
	x := []byte("Go is Fun, go is fast")
	fmt.Println(bytes.Count(x, []byte("go")), bytes.Index(x, []byte("Fun")), bytes.EqualFold([]byte("GO"), []byte("go")))
	fmt.Printf("%s\n", bytes.ToUpper(x))
	fmt.Printf("%q\n", bytes.Fields([]byte(" a b  c ")))
	fmt.Printf("%s\n", bytes.Title([]byte("abc def")))
	fmt.Println(bytes.HasPrefix(x, []byte("Go")), bytes.Compare([]byte("a"), []byte("b")), bytes.Equal(nil, []byte{}))
	fmt.Printf("%s\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte("-")))
	fmt.Printf("%s|%s\n", bytes.Repeat([]byte("ab"), 3), bytes.ReplaceAll(x, []byte("is"), []byte("IS")))
	bb := binary.AppendUvarint(nil, 300)
	v, k := binary.Uvarint(bb)
	fmt.Println(bb, v, k)
	be := make([]byte, 8)
	binary.BigEndian.PutUint64(be, 1<<40+5)
	fmt.Println(be, binary.BigEndian.Uint64(be), binary.LittleEndian.Uint32(be[4:]))
	nb := bytes.NewBufferString("xyz")
	nb.Truncate(1)
	nb.Grow(10)
	fmt.Println(nb.String(), nb.Cap() >= 11)
}
