package main

import (
	"fmt"
	"net/url"
	"reflect"
	"strconv"
	"strings"
)

func Unpack(values url.Values, ptr any) error {
	fields := make(map[string]reflect.Value)
	v := reflect.ValueOf(ptr).Elem()
	for i := 0; i < v.NumField(); i++ {
		fieldInfo := v.Type().Field(i)
		tag := fieldInfo.Tag
		name := tag.Get("http")
		if name == "" {
			name = strings.ToLower(fieldInfo.Name)
		}
		fields[name] = v.Field(i)
	}
	for name, vals := range values {
		f := fields[name]
		if !f.IsValid() {
			continue
		}
		for _, value := range vals {
			if f.Kind() == reflect.Slice {
				elem := reflect.New(f.Type().Elem()).Elem()
				if err := populate(elem, value); err != nil {
					return fmt.Errorf("%s: %v", name, err)
				}
				f.Set(reflect.Append(f, elem))
			} else {
				if err := populate(f, value); err != nil {
					return fmt.Errorf("%s: %v", name, err)
				}
			}
		}
	}
	return nil
}

func populate(v reflect.Value, value string) error {
	switch v.Kind() {
	case reflect.String:
		v.SetString(value)
	case reflect.Int:
		i, err := strconv.ParseInt(value, 10, 64)
		if err != nil {
			return err
		}
		v.SetInt(i)
	case reflect.Bool:
		b, err := strconv.ParseBool(value)
		if err != nil {
			return err
		}
		v.SetBool(b)
	default:
		return fmt.Errorf("unsupported kind %s", v.Type())
	}
	return nil
}

func Pack(ptr any) string {
	v := reflect.ValueOf(ptr).Elem()
	q := url.Values{}
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Tag.Get("http")
		if name == "" {
			name = strings.ToLower(v.Type().Field(i).Name)
		}
		f := v.Field(i)
		if f.Kind() == reflect.Slice {
			for j := 0; j < f.Len(); j++ {
				q.Add(name, fmt.Sprint(f.Index(j)))
			}
		} else {
			q.Set(name, fmt.Sprint(f))
		}
	}
	return q.Encode()
}

type search struct {
	Labels     []string `http:"l"`
	MaxResults int      `http:"max"`
	Exact      bool     `http:"x"`
	Owner      string
}

func main() {
	for _, raw := range []string{
		"l=golang&l=programming&max=100",
		"x=true&owner=ana&unknown=1",
		"max=lots",
		"x=maybe",
	} {
		q, _ := url.ParseQuery(raw)
		data := search{MaxResults: 10}
		err := Unpack(q, &data)
		fmt.Printf("%-34s %+v err=%v\n", raw, data, err)
		if err == nil {
			fmt.Println("   packed:", Pack(&data))
		}
	}
}
