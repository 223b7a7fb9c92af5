package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

func decode(e Envelope) (any, error) {
	switch e.Type {
	case "circle":
		var c Circle
		err := json.Unmarshal(e.Data, &c)
		return c, err
	case "rect":
		var r Rect
		err := json.Unmarshal(e.Data, &r)
		return r, err
	}
	return nil, fmt.Errorf("unknown type %q", e.Type)
}

func main() {
	in := `[{"type":"circle","data":{"R":1.5}},{"type":"rect","data":{"W":2,"H":3}},{"type":"tri","data":null}]`
	var envs []Envelope
	if err := json.Unmarshal([]byte(in), &envs); err != nil {
		panic(err)
	}
	for _, e := range envs {
		v, err := decode(e)
		fmt.Printf("%s %T %+v %v raw=%s\n", e.Type, v, v, err, e.Data)
	}
	out, _ := json.Marshal(envs)
	fmt.Println(string(out))

	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "f": 1.50, "i": -3}`))
	dec.UseNumber()
	var m map[string]any
	fmt.Println(dec.Decode(&m))
	for _, k := range []string{"big", "f", "i"} {
		n := m[k].(json.Number)
		i, ierr := n.Int64()
		f, ferr := n.Float64()
		fmt.Println(k, n.String(), i, ierr != nil, f, ferr)
	}
	var plain map[string]any
	json.Unmarshal([]byte(`{"big": 12345678901234567890, "n": null, "arr":[1,"a",true,{}]}`), &plain)
	fmt.Printf("%v %T %v %v\n", plain["big"], plain["big"], plain["n"], plain["arr"])

	stream := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2}
[3] "x" 4.5 null true`))
	for {
		var v any
		err := stream.Decode(&v)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("err", err)
			break
		}
		fmt.Printf("%T %v\n", v, v)
	}
	tok := json.NewDecoder(strings.NewReader(`{"k":[1,{"z":null}],"s":"t"}`))
	for {
		t, err := tok.Token()
		if err != nil {
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
	strict := json.NewDecoder(strings.NewReader(`{"R":1,"Extra":2}`))
	strict.DisallowUnknownFields()
	var c Circle
	fmt.Println(strict.Decode(&c), c)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]string{"h": "<a&b>"})
	enc.SetIndent(">", "\t")
	enc.Encode([]int{1, 2})
	fmt.Print(buf.String())
	h, _ := json.Marshal("<a&b>\u2028")
	fmt.Println(string(h))
	var cm bytes.Buffer
	json.Compact(&cm, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(cm.String(), json.Valid([]byte(`{"a":}`)), json.Valid(cm.Bytes()))
	var ind bytes.Buffer
	json.Indent(&ind, cm.Bytes(), "", " ")
	fmt.Println(ind.String())
	var se *json.SyntaxError
	err := json.Unmarshal([]byte(`{"a" 1}`), &plain)
	if e, ok := err.(*json.SyntaxError); ok {
		se = e
		fmt.Println(se.Offset, se)
	}
	var ute *json.UnmarshalTypeError
	err = json.Unmarshal([]byte(`{"R":"str"}`), &c)
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println(ute.Field, ute.Value, ute.Type, ute)
	}
}
